// The methods of arrays and lists (`$a.Contains(1)`, `$a.IndexOf('x')` …), and method enumeration over their elements.

import {listTypeOf, markList} from '../types.ts';
import type {MemberContext, MethodInvoker} from './context.ts';
import {arity, intArg} from './arguments.ts';
import {methodFailed, methodNotFound} from './failures.ts';
import {strictEquals} from './compare.ts';
import {forEachMethod, whereMethod} from './foreach-where.ts';
import {LIST_MUTATORS, listMethod} from './list-methods.ts';
import {accessor, indexer, method, methodTable, type MethodTable} from './catalog.ts';

const COLLECTION_METHODS = [
	method('Clone', 'System.Object Clone(), System.Object ICloneable.Clone()'),
	method('Contains', 'bool IList.Contains(System.Object value)'),
	method('Equals', 'bool Equals(System.Object obj)'),
	method('ForEach', 'System.Collections.ObjectModel.Collection[psobject] ForEach(scriptblock expression, Params System.Object[] arguments)'),
	method('GetHashCode', 'int GetHashCode()'),
	method('IndexOf', 'int IList.IndexOf(System.Object value)'),
	method('LastIndexOf', 'int LastIndexOf(System.Object value), int LastIndexOf(System.Object value, int startIndex)'),
	method('ToArray', 'System.Object[] ToArray()'),
	method('ToString', 'string ToString()'),
	method('Where', 'System.Collections.ObjectModel.Collection[psobject] Where(scriptblock expression, System.Management.Automation.WhereOperatorSelectionMode mode, int numberToReturn)'),
];

/** The methods of arrays (System.Object[]): what Get-Member lists and what arrayMethod accepts before enumerating. */
export const ARRAY_METHODS = methodTable([
	...COLLECTION_METHODS,
	method('GetValue', 'System.Object GetValue(int index)'),
	method('SetValue', 'void SetValue(System.Object value, int index)'),
	// IList's mutators, which a fixed-size array refuses.
	method('Add', 'int IList.Add(System.Object value)'),
	method('Clear', 'void IList.Clear()'),
	method('Insert', 'void IList.Insert(int index, System.Object value)'),
	method('Remove', 'void IList.Remove(System.Object value)'),
	method('RemoveAt', 'void IList.RemoveAt(int index)'),
]);

/** The methods of ArrayList and List[T]. */
export const LIST_METHODS = methodTable([
	...COLLECTION_METHODS.map(m => (m.name === 'Contains' || m.name === 'IndexOf' ? {...m, definition: m.definition.replace('IList.', '')} : m)),
	...LIST_MUTATORS.members,
	indexer('Item', 'System.Object Item(int index) {get;set;}'),
	accessor('get_Item', 'System.Object get_Item(int index)'),
	accessor('set_Item', 'void set_Item(int index, System.Object value)'),
]);

/** The method table for an array or list. */
export function arrayMethods(items: unknown[]): MethodTable {
	return listTypeOf(items) ? LIST_METHODS : ARRAY_METHODS;
}

function fixedSize(name: string, args: readonly unknown[]): never {
	return methodFailed(name, args, 'Collection was of a fixed size.', 'NotSupportedException');
}

export function arrayMethod(items: unknown[], name: string, key: string, args: readonly unknown[], ctx: MemberContext | undefined, callMethod: MethodInvoker): unknown {
	const list = listTypeOf(items);
	if ((list ? LIST_METHODS : ARRAY_METHODS).has(key)) switch (key) {
		case 'foreach':
			return forEachMethod(items, args, ctx, callMethod);
		case 'where':
			return whereMethod(items, args, ctx);
		case 'contains':
			arity(name, args, 1);
			return items.some(item => strictEquals(item, args[0]));
		case 'indexof':
		case 'lastindexof': {
			arity(name, args, 1, 2);
			const start = args.length > 1 ? intArg(name, args, 1, 'startIndex') : undefined;
			if (key === 'indexof') {
				for (let i = start ?? 0; i < items.length; i++) if (strictEquals(items[i], args[0])) return i;
			} else {
				for (let i = start ?? items.length - 1; i >= 0; i--) if (strictEquals(items[i], args[0])) return i;
			}
			return -1;
		}
		case 'tostring':
			return list ?? 'System.Object[]';
		case 'clone':
			return list ? markList([...items], list) : [...items];
		case 'getvalue':
			arity(name, args, 1);
			return items[intArg(name, args, 0, 'index')] ?? null;
		case 'setvalue':
			arity(name, args, 2);
			items[intArg(name, args, 1, 'index')] = args[0];
			return undefined;
		case 'toarray':
			return [...items];
		case 'equals':
			arity(name, args, 1);
			return items === args[0];
		case 'gethashcode':
			return items.length;
		case 'item':
		case 'get_item':
			arity(name, args, 1);
			return items[intArg(name, args, 0, 'index')] ?? null;
		case 'set_item':
			arity(name, args, 2);
			items[intArg(name, args, 0, 'index')] = args[1];
			return undefined;
		case 'add':
		case 'remove':
		case 'removeat':
		case 'insert':
		case 'addrange':
		case 'clear':
		case 'sort':
		case 'reverse':
		case 'removerange':
			return list ? listMethod(items, name, key, args) : fixedSize(name, args);
	}
	// Method enumeration: a method the array lacks is called on each element.
	if (!items.length) return methodNotFound(list ?? 'System.Object[]', name);
	const out: unknown[] = [];
	for (const item of items) {
		const result = callMethod(item, name, args, ctx);
		if (Array.isArray(result)) out.push(...result);
		else if (result !== undefined) out.push(result);
	}
	return out.length === 1 ? out[0] : out;
}
