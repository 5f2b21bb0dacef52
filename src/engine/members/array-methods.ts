// The methods of arrays and lists (`$a.Contains(1)`, `$a.IndexOf('x')` …), and method enumeration over their elements.

import {listTypeOf, markList} from '../types.ts';
import type {MemberContext, MethodInvoker} from './context.ts';
import {arity, intArg} from './arguments.ts';
import {methodFailed, methodNotFound} from './failures.ts';
import {strictEquals} from './compare.ts';
import {forEachMethod, whereMethod} from './foreach-where.ts';
import {listMethod} from './list-methods.ts';

function fixedSize(name: string, args: readonly unknown[]): never {
	return methodFailed(name, args, 'Collection was of a fixed size.', 'NotSupportedException');
}

export function arrayMethod(items: unknown[], name: string, key: string, args: readonly unknown[], ctx: MemberContext | undefined, callMethod: MethodInvoker): unknown {
	const list = listTypeOf(items);
	switch (key) {
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
		case 'add':
		case 'remove':
		case 'removeat':
		case 'insert':
		case 'addrange':
		case 'clear':
		case 'sort':
		case 'reverse':
		case 'removerange':
		case 'removeall':
			if (!list) {
				if (key === 'sort' || key === 'reverse') return methodNotFound('System.Object[]', name);
				return fixedSize(name, args);
			}
			return listMethod(items, name, key, args);
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
