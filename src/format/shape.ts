// Which shape (table or list) and which columns an object gets: its registered view, else its properties,
// four or fewer as a table and five or more as a list (pwsh's rule for objects without a view).

import {PSDateTime, PSGuid, PSHashtable, PSObject, PSTimeSpan} from '../engine/values.ts';
import {displayValue} from './display.ts';
import {getProperty, propertyNames} from './property.ts';
import {columnValue, findView, type ViewColumn} from './views.ts';
import type {Alignment} from './width.ts';

export type ShapeKind = 'table' | 'list';

/** A column ready to read values: from a view, a property name or a calculated property. */
export interface ResolvedColumn {
	label: string;
	value(obj: unknown): unknown;
	width?: number;
	align?: Alignment;
}

export interface Shape {
	kind: ShapeKind;
	columns: ResolvedColumn[];
	/** False when the columns are simply the object's properties. */
	fromView: boolean;
}

export const DICTIONARY_ENTRY = 'System.Collections.DictionaryEntry';

/** The type names a value is formatted by. */
export function typeNamesOf(value: unknown): readonly string[] {
	if (value instanceof PSObject) return value.typeNames;
	if (value instanceof PSTimeSpan) return ['System.TimeSpan'];
	if (value instanceof PSGuid) return ['System.Guid'];
	if (value instanceof PSDateTime) return ['System.DateTime'];
	return [];
}

/** A hashtable entry as pwsh's formatter sees it: Name (an alias of Key), Key and Value. */
export const dictionaryEntry = (key: unknown, value: unknown): PSObject =>
	new PSObject(DICTIONARY_ENTRY, {Name: key, Key: key, Value: value});

/** What formatting walks: collections and hashtables give their items and entries, anything else itself. */
export function formatItems(value: unknown): unknown[] {
	if (Array.isArray(value)) return value.flatMap(formatItems);
	if (value instanceof PSHashtable) return value.entries().map(([k, v]) => dictionaryEntry(k, v));
	if (value === null || value === undefined) return [];
	return [value];
}

const fromView = (column: ViewColumn): ResolvedColumn => ({
	label: column.label,
	value: obj => columnValue(column, obj),
	width: column.width,
	// A view's column is left-aligned unless it says otherwise; only tables built from properties guess.
	align: column.align ?? 'left',
});

/** Columns that read properties by name. */
export const propertyColumns = (names: readonly string[]): ResolvedColumn[] =>
	names.map(name => ({label: name, value: obj => getProperty(obj, name)}));

/**
 * The default shape of an object: its view (of `kind`, when one is asked for), else all its properties; with no
 * kind asked, four properties or fewer make a table and five or more a list.
 */
export function defaultShape(value: unknown, kind?: ShapeKind): Shape {
	const view = findView(typeNamesOf(value), kind);
	// A text view is Out-Default's business; Format-Table/-List of such an object lay out its columns as a table.
	if (view) return {kind: view.kind === 'text' ? 'table' : view.kind, columns: view.columns.map(fromView), fromView: true};
	const names = propertyNames(value);
	return {kind: kind ?? (names.length <= 4 ? 'table' : 'list'), columns: propertyColumns(names), fromView: false};
}

/** Column alignments: as set, else right for numbers and left for the rest, judged on the first object. */
export function alignments(columns: readonly ResolvedColumn[], first: unknown): Alignment[] {
	return columns.map(c => c.align ?? (typeof c.value(first) === 'number' ? 'right' : 'left'));
}

/** The display texts of one object's columns. */
export function cells(columns: readonly ResolvedColumn[], obj: unknown): string[] {
	return columns.map(c => displayValue(c.value(obj)));
}
