// The methods of hashtables and ordered dictionaries (`$h.ContainsKey('a')`, `$h.Add($k, $v)` …).

import type {PSHashtable, PSObject} from '../values.ts';
import {toStr} from '../convert.ts';
import {dotNetObject, typeNameOf} from '../types.ts';
import {arity, intArg} from './arguments.ts';
import {methodFailed, methodNotFound} from './failures.ts';
import {strictEquals} from './compare.ts';
import {accessor, indexer, method, methodTable} from './catalog.ts';

/** The methods of hashtables: what Get-Member lists and what tableMethod accepts. */
export const HASHTABLE_METHODS = methodTable([
	method('Add', 'void Add(System.Object key, System.Object value)'),
	method('Clear', 'void Clear()'),
	method('Clone', 'System.Object Clone()'),
	method('Contains', 'bool Contains(System.Object key)'),
	method('ContainsKey', 'bool ContainsKey(System.Object key)'),
	method('ContainsValue', 'bool ContainsValue(System.Object value)'),
	method('Equals', 'bool Equals(System.Object obj)'),
	method('GetEnumerator', 'System.Collections.IDictionaryEnumerator GetEnumerator()'),
	method('GetHashCode', 'int GetHashCode()'),
	method('Remove', 'void Remove(System.Object key)'),
	method('ToString', 'string ToString()'),
	indexer('Item', 'System.Object Item(System.Object key) {get;set;}'),
	accessor('get_Item', 'System.Object get_Item(System.Object key)'),
	accessor('set_Item', 'void set_Item(System.Object key, System.Object value)'),
]);

/** The methods of ordered dictionaries: a hashtable's, and Insert and RemoveAt by position. */
export const ORDERED_METHODS = HASHTABLE_METHODS.with(
	method('Insert', 'void Insert(int index, System.Object key, System.Object value)'),
	method('RemoveAt', 'void RemoveAt(int index)'),
);

function duplicateKey(name: string, args: readonly unknown[], key: unknown): never {
	return methodFailed(name, args, `Item has already been added. Key in dictionary: '${toStr(key)}'  Key being added: '${toStr(key)}'`);
}

function entryObject(key: unknown, value: unknown): PSObject {
	return dotNetObject('System.Collections.DictionaryEntry', {Key: key, Value: value, Name: key}, () => 'System.Collections.DictionaryEntry');
}

export function tableMethod(table: PSHashtable, name: string, key: string, args: readonly unknown[]): unknown {
	if (!(table.ordered ? ORDERED_METHODS : HASHTABLE_METHODS).has(key)) return methodNotFound(typeNameOf(table), name);
	switch (key) {
		case 'containskey':
		case 'contains':
			arity(name, args, 1);
			return table.has(args[0]);
		case 'containsvalue':
			arity(name, args, 1);
			return table.values().some(value => strictEquals(value, args[0]));
		case 'add':
			arity(name, args, 2);
			if (args[0] === null || args[0] === undefined) methodFailed(name, args, "Key cannot be null. (Parameter 'key')", 'ArgumentNullException');
			if (table.has(args[0])) duplicateKey(name, args, args[0]);
			table.set(args[0], args[1]);
			return undefined;
		case 'remove':
			arity(name, args, 1);
			table.delete(args[0]);
			return undefined;
		case 'clear':
			table.clear();
			return undefined;
		case 'clone':
			return table.clone();
		case 'getenumerator':
			return table.entries().map(([k, v]) => entryObject(k, v));
		case 'get_item':
		case 'item':
			arity(name, args, 1);
			return table.get(args[0]);
		case 'set_item':
			arity(name, args, 2);
			table.set(args[0], args[1]);
			return undefined;
		case 'insert': {
			if (!table.ordered) break;
			arity(name, args, 3);
			const entries = table.entries();
			const at = intArg(name, args, 0, 'index');
			if (table.has(args[1])) duplicateKey(name, args, args[1]);
			entries.splice(at, 0, [args[1], args[2]]);
			table.clear();
			for (const [k, v] of entries) table.set(k, v);
			return undefined;
		}
		case 'removeat': {
			if (!table.ordered) break;
			arity(name, args, 1);
			const entry = table.entries()[intArg(name, args, 0, 'index')];
			if (entry) table.delete(entry[0]);
			return undefined;
		}
		case 'tostring':
			return toStr(table);
		case 'equals':
			arity(name, args, 1);
			return table === args[0];
		case 'gethashcode':
			return table.size;
	}
	return methodNotFound(typeNameOf(table), name);
}
