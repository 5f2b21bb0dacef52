// The registry of default views: which columns a type shows, as a table or a list (pwsh's format.ps1xml data).
// The views themselves are data in views/*.ts; this file only stores and finds them.

import type {Alignment} from './width.ts';
import {getProperty} from './property.ts';
import {scpshViews} from './views/scpsh.ts';
import {systemViews} from './views/system.ts';
import {shellViews} from './views/shell.ts';
import {selectStringViews} from './views/select-string.ts';
import {fileViews} from './views/files.ts';

export interface ViewColumn {
	/** Header text (table) or label (list). */
	label: string;
	/** Property to show; defaults to the label. */
	property?: string;
	/** Computed value, instead of a property. */
	expression?: (obj: unknown) => unknown;
	/** Fixed width in cells (tables); absent means sized from the data. */
	width?: number;
	/** Absent means left, as in pwsh's views. */
	align?: Alignment;
}

export interface ViewDef {
	/** The type name (value.typeNames entry) the view applies to; several when it serves a family. */
	typeName: string | readonly string[];
	/** `text`: each object prints as its first column's value, whole (pwsh's custom views, e.g. MatchInfo). */
	kind: 'table' | 'list' | 'text';
	columns: readonly ViewColumn[];
	/** Objects are grouped by this property, each group under a `   Label: value` line (Get-Member's TypeName). */
	groupBy?: {label: string; property: string};
}

const registry = new Map<string, ViewDef[]>();

const key = (typeName: string): string => typeName.toLowerCase();

/** Adds a view; the first view registered for a type is its default. */
export function registerView(view: ViewDef): void {
	const names = typeof view.typeName === 'string' ? [view.typeName] : view.typeName;
	for (const name of names) {
		const list = registry.get(key(name)) ?? [];
		list.push(view);
		registry.set(key(name), list);
	}
}

/** The view for the first of `typeNames` that has one: its default view, or its view of `kind` when given. */
export function findView(typeNames: readonly string[], kind?: 'table' | 'list'): ViewDef | undefined {
	for (const name of typeNames) {
		const views = registry.get(key(name));
		if (!views) continue;
		const view = kind ? views.find(v => v.kind === kind) : views[0];
		if (view) return view;
	}
	return undefined;
}

/** The value a column shows for `obj`. */
export function columnValue(column: ViewColumn, obj: unknown): unknown {
	if (column.expression) return column.expression(obj);
	return getProperty(obj, column.property ?? column.label);
}

for (const view of [...systemViews, ...shellViews, ...scpshViews, ...fileViews, ...selectStringViews]) registerView(view);
