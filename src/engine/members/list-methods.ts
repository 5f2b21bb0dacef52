// The mutators of ArrayList and List[T] (`Add`, `Insert`, `RemoveAt`, `Sort` …), which change the array in place.

import {listTypeOf} from '../types.ts';
import {equals} from '../operators.ts';
import {arity, intArg} from './arguments.ts';
import {methodNotFound, outOfRange} from './failures.ts';
import {sortCompare, strictEquals} from './compare.ts';
import {method, methodTable} from './catalog.ts';

/** The mutators ArrayList and List[T] add to an array's methods: what Get-Member lists and what listMethod accepts. */
export const LIST_MUTATORS = methodTable([
	method('Add', 'int Add(System.Object value)'),
	method('AddRange', 'void AddRange(System.Collections.ICollection c)'),
	method('Clear', 'void Clear()'),
	method('Insert', 'void Insert(int index, System.Object value)'),
	method('Remove', 'void Remove(System.Object obj)'),
	method('RemoveAt', 'void RemoveAt(int index)'),
	method('RemoveRange', 'void RemoveRange(int index, int count)'),
	method('Reverse', 'void Reverse()'),
	method('Sort', 'void Sort()'),
]);

/** ArrayList/List[T] mutators (these lists are tagged JS arrays, changed in place). */
export function listMethod(items: unknown[], name: string, key: string, args: readonly unknown[]): unknown {
	if (!LIST_MUTATORS.has(key)) return methodNotFound(listTypeOf(items)!, name);
	switch (key) {
		case 'add':
			arity(name, args, 1);
			items.push(args[0]);
			// ArrayList.Add returns the new index (hence `[void]$list.Add(x)`); List[T].Add returns nothing.
			return listTypeOf(items) === 'System.Collections.ArrayList' ? items.length - 1 : undefined;
		case 'addrange':
			arity(name, args, 1);
			items.push(...(Array.isArray(args[0]) ? args[0] : [args[0]]));
			return undefined;
		case 'insert': {
			arity(name, args, 2);
			const at = intArg(name, args, 0, 'index');
			if (at < 0 || at > items.length) outOfRange(name, args, "Index must be within the bounds of the List. (Parameter 'index')");
			items.splice(at, 0, args[1]);
			return undefined;
		}
		case 'remove': {
			arity(name, args, 1);
			const at = items.findIndex(item => strictEquals(item, args[0]) || equals(item, args[0], true));
			if (at >= 0) items.splice(at, 1);
			return listTypeOf(items) === 'System.Collections.ArrayList' ? undefined : at >= 0;
		}
		case 'removeat': {
			arity(name, args, 1);
			const at = intArg(name, args, 0, 'index');
			if (at < 0 || at >= items.length) outOfRange(name, args, "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')");
			items.splice(at, 1);
			return undefined;
		}
		case 'removerange': {
			arity(name, args, 2);
			items.splice(intArg(name, args, 0, 'index'), intArg(name, args, 1, 'count'));
			return undefined;
		}
		case 'clear':
			items.length = 0;
			return undefined;
		case 'reverse':
			items.reverse();
			return undefined;
		case 'sort':
			items.sort((a, b) => sortCompare(a, b));
			return undefined;
	}
	return methodNotFound(listTypeOf(items)!, name);
}
