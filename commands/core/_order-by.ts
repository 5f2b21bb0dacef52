// The -Property argument of Sort-Object and Group-Object (pwsh's OrderObjectBase): property names (wildcards
// allowed), script blocks, and hashtables `@{Expression = ...; Descending = $true}` (any unambiguous key prefix).
// (Files starting with `_` are helpers, not cmdlets: scripts/gen-command-index.mjs skips them.)

import type {CmdletContext} from '../../src/engine/command.ts';
import {collapse} from '../../src/engine/context.ts';
import {toBool, toStr} from '../../src/engine/convert.ts';
import {compare} from '../../src/engine/operators.ts';
import {PSHashtable, ScriptBlock} from '../../src/engine/values.ts';
import {hasWildcard, wildcardMatch} from '../../src/engine/wildcard.ts';
import {hasProperty, propertyNamesOf, propertyValue} from './_members.ts';

export interface OrderSpec {
	/** A property name (a wildcard pattern when `wildcard`), or a script block run with `$_` as the object. */
	expression: string | ScriptBlock;
	wildcard: boolean;
	/** Set by a hashtable's Ascending/Descending key; otherwise the cmdlet's -Descending decides. */
	descending?: boolean;
}

/** A key of one object: its value, and whether the object has the property at all. */
export interface KeyValue {
	value: unknown;
	exists: boolean;
}

export type OrderKey = 'expression' | 'ascending' | 'descending';

export class OrderSpecError extends Error {}

function keyFor(key: string, allowed: readonly OrderKey[]): OrderKey {
	const k = key.toLowerCase();
	const matches = allowed.filter(a => a.startsWith(k));
	if (k === '' || matches.length !== 1) throw new OrderSpecError(`The "${key}" key is not valid.`);
	return matches[0]!;
}

/** Reads the -Property values. Throws OrderSpecError for a hashtable with a key it does not know. */
export function parseOrderSpecs(values: readonly unknown[], allowed: readonly OrderKey[]): OrderSpec[] {
	return values.map(value => {
		if (value instanceof ScriptBlock) return {expression: value, wildcard: false};
		if (value instanceof PSHashtable) {
			let expression: string | ScriptBlock | undefined;
			let descending: boolean | undefined;
			for (const [rawKey, v] of value.entries()) {
				switch (keyFor(toStr(rawKey), allowed)) {
					case 'expression':
						if (v instanceof ScriptBlock) expression = v;
						else expression = toStr(v);
						break;
					case 'ascending':
						descending = !toBool(v);
						break;
					case 'descending':
						descending = toBool(v);
						break;
				}
			}
			if (expression === undefined) throw new OrderSpecError('The Expression key is missing: give a property name or a script block.');
			return {expression, wildcard: typeof expression === 'string' && hasWildcard(expression), descending};
		}
		const name = toStr(value);
		return {expression: name, wildcard: hasWildcard(name)};
	});
}

/** Expands wildcard names against an object's properties (pwsh resolves them on the first object). */
export function expandOrderSpecs(specs: readonly OrderSpec[], first: unknown): OrderSpec[] {
	const names = propertyNamesOf(first);
	return specs.flatMap(spec => {
		if (!spec.wildcard || typeof spec.expression !== 'string') return [spec];
		const pattern = spec.expression;
		return names.filter(n => wildcardMatch(n, pattern)).map(n => ({...spec, expression: n, wildcard: false}));
	});
}

/** The key values of one object. */
export async function keyValues(ctx: CmdletContext, specs: readonly OrderSpec[], obj: unknown): Promise<KeyValue[]> {
	const out: KeyValue[] = [];
	for (const spec of specs) {
		if (spec.expression instanceof ScriptBlock) {
			out.push({value: collapse(await ctx.invoke(spec.expression, obj)), exists: true});
		} else {
			out.push({value: propertyValue(obj, spec.expression), exists: hasProperty(obj, spec.expression)});
		}
	}
	return out;
}

/**
 * Orders two key lists: each key in turn, its direction from `descending`. An object without the property sorts
 * after those with it whatever the direction (pwsh's ObjectCommandComparer); $null sorts first ascending.
 */
export function compareKeys(a: readonly KeyValue[], b: readonly KeyValue[], descending: readonly boolean[], caseSensitive: boolean): number {
	for (let i = 0; i < a.length; i++) {
		const x = a[i]!;
		const y = b[i]!;
		if (x.exists !== y.exists) return x.exists ? -1 : 1;
		if (!x.exists) continue;
		const c = compare(x.value, y.value, caseSensitive);
		if (c !== 0) return descending[i] ? -c : c;
	}
	return 0;
}

/** Reports a bad -Property hashtable as pwsh does (a terminating error). */
export function failOrderSpec(ctx: CmdletContext, e: unknown): never {
	if (!(e instanceof OrderSpecError)) throw e;
	ctx.fail({message: e.message, id: 'DictionaryKeyIllegal', category: 'InvalidArgument', exceptionType: 'NotSupportedException'});
}
