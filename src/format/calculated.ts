// -Property and -GroupBy arguments of the format cmdlets: property names (wildcards allowed), script blocks, and
// calculated properties `@{Name/Label='x'; Expression={...}; Width=n; Alignment='Right'; FormatString='N2'}`
// (any unambiguous prefix of a key works, as in pwsh).

import {formatComposite, formatValue} from '../engine/format-string.ts';
import {PSHashtable, ScriptBlock} from '../engine/values.ts';
import {hasWildcard, wildcardMatch} from '../engine/wildcard.ts';
import {displayValue, scriptBlockText} from './display.ts';
import {getProperty, propertyNames} from './property.ts';
import type {Alignment} from './width.ts';

export class PropertySpecError extends Error {}

export interface PropertySpec {
	label: string;
	/** A property name (a wildcard pattern when `wildcard`), or a script block run with `$_` as the object. */
	expression: string | ScriptBlock;
	wildcard: boolean;
	width?: number;
	align?: Alignment;
	formatString?: string;
}

export type SpecKey = 'name' | 'label' | 'expression' | 'width' | 'alignment' | 'formatstring';

/** Keys each cmdlet accepts in a calculated property. */
export const TABLE_KEYS: readonly SpecKey[] = ['name', 'label', 'expression', 'width', 'alignment', 'formatstring'];
export const LIST_KEYS: readonly SpecKey[] = ['name', 'label', 'expression', 'formatstring'];

function keyFor(key: string, allowed: readonly SpecKey[]): SpecKey {
	const k = key.toLowerCase();
	const matches = allowed.filter(a => a.startsWith(k));
	if (k === '' || matches.length === 0) throw new PropertySpecError(`The "${key}" key is not valid.`);
	// `n` is Name even though nothing else starts with it; `l` is Label.
	if (matches.length > 1) throw new PropertySpecError(`The "${key}" key is ambiguous: it can be ${matches.join(', ')}.`);
	return matches[0]!;
}

const ALIGNMENTS: Record<string, Alignment> = {left: 'left', center: 'center', right: 'right'};

function fromHashtable(table: PSHashtable, allowed: readonly SpecKey[]): PropertySpec {
	let label: string | undefined;
	let expression: string | ScriptBlock | undefined;
	const spec: Partial<PropertySpec> = {};
	for (const [rawKey, value] of table.entries()) {
		const key = keyFor(String(rawKey), allowed);
		switch (key) {
			case 'name':
			case 'label':
				label = displayValue(value);
				break;
			case 'expression':
				if (value instanceof ScriptBlock || typeof value === 'string') expression = value;
				else throw new PropertySpecError('The Expression key must be a property name or a script block.');
				break;
			case 'width': {
				const width = Number(value);
				if (!Number.isInteger(width) || width <= 0) throw new PropertySpecError('The Width key must be an integer greater than 0.');
				spec.width = width;
				break;
			}
			case 'alignment': {
				const align = ALIGNMENTS[String(value).toLowerCase()];
				if (!align) throw new PropertySpecError(`The Alignment key must be Left, Center or Right, not "${displayValue(value)}".`);
				spec.align = align;
				break;
			}
			case 'formatstring':
				spec.formatString = displayValue(value);
				break;
		}
	}
	if (expression === undefined) throw new PropertySpecError('The calculated property has no Expression key.');
	return {
		...spec,
		label: label ?? (typeof expression === 'string' ? expression : scriptBlockText(expression)),
		expression,
		wildcard: false,
	};
}

/** Reads -Property (or -GroupBy) arguments. Throws PropertySpecError for a bad calculated property. */
export function parseProperties(values: readonly unknown[], allowed: readonly SpecKey[]): PropertySpec[] {
	return values.map(value => {
		if (value instanceof ScriptBlock) return {label: scriptBlockText(value), expression: value, wildcard: false};
		if (value instanceof PSHashtable) return fromHashtable(value, allowed);
		const name = displayValue(value);
		return {label: name, expression: name, wildcard: hasWildcard(name)};
	});
}

/** Resolves names against the first object: wildcards expand to its matching properties, names take its spelling. */
export function expandProperties(specs: readonly PropertySpec[], first: unknown): PropertySpec[] {
	const names = propertyNames(first);
	return specs.flatMap(spec => {
		if (typeof spec.expression !== 'string') return [spec];
		const pattern = spec.expression;
		if (spec.wildcard) return names.filter(n => wildcardMatch(n, pattern)).map(n => ({...spec, label: n, expression: n, wildcard: false}));
		const own = names.find(n => n.toLowerCase() === pattern.toLowerCase());
		return [own && spec.label === pattern ? {...spec, label: own, expression: own} : spec];
	});
}

export type Invoke = (block: ScriptBlock, dollarUnder: unknown) => Promise<unknown[]>;

/** The value of a property spec for one object; a script block's output of several objects is a collection. */
export async function evaluateSpec(spec: PropertySpec, obj: unknown, invoke: Invoke): Promise<unknown> {
	if (typeof spec.expression === 'string') return getProperty(obj, spec.expression);
	const out = await invoke(spec.expression, obj);
	return out.length === 0 ? null : out.length === 1 ? out[0] : out;
}

/** The text a spec's value shows: with its FormatString (`{0:N2}` composite or a bare `N2`) when it has one. */
export function specText(spec: PropertySpec, value: unknown): string {
	const format = spec.formatString;
	if (!format) return displayValue(value);
	try {
		return format.includes('{0') || format.includes('}') ? formatComposite(format, [value]) : formatValue(value, format);
	} catch {
		// pwsh shows an empty field when the format string does not apply.
		return '';
	}
}
