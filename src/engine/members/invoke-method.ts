// `$target.Name(args)`: picks the methods by the kind of value, and holds those of booleans, script blocks, types and objects.

import {PSObject, PSHashtable, PSDateTime, PSTimeSpan, PSGuid, ScriptBlock} from '../values.ts';
import {ErrorRecord, psError} from '../errors.ts';
import {toBool, toStr} from '../convert.ts';
import {PSType, getType, isOfType, typeNameOf} from '../types.ts';
import {PSRegex} from '../regex.ts';
import {requireInvoke, type MemberContext} from './context.ts';
import {methodNotFound} from './failures.ts';
import {stringMethod} from './string-methods.ts';
import {numberMethod} from './number-methods.ts';
import {arrayMethod} from './array-methods.ts';
import {tableMethod} from './hashtable-methods.ts';
import {dateMethod} from './date-methods.ts';
import {spanMethod} from './timespan-methods.ts';
import {guidMethod} from './guid-methods.ts';
import {regexMethod} from './regex-methods.ts';
import {nextMatchOf} from './regex-match.ts';
import {StringBuilder, builderMethod} from './string-builder.ts';
import {exceptionInfo} from './exceptions.ts';
import {OBJECT_METHODS, method, methodTable, type MethodTable} from './catalog.ts';

/** GetType, which every value has. */
export const GET_TYPE = method('GetType', 'type GetType()');

export const BOOLEAN_METHODS = methodTable([
	method('CompareTo', 'int CompareTo(System.Object obj), int CompareTo(bool value)'),
	method('Equals', 'bool Equals(System.Object obj), bool Equals(bool obj)'),
	method('GetHashCode', 'int GetHashCode()'),
	method('GetTypeCode', 'System.TypeCode GetTypeCode()'),
	method('ToString', 'string ToString(), string ToString(System.IFormatProvider provider)'),
]);

export const SCRIPT_BLOCK_METHODS = methodTable([
	...OBJECT_METHODS,
	method('GetNewClosure', 'scriptblock GetNewClosure()'),
	method('Invoke', 'System.Collections.ObjectModel.Collection[psobject] Invoke(Params System.Object[] args)'),
	method('InvokeReturnAsIs', 'System.Object InvokeReturnAsIs(Params System.Object[] args)'),
]);

export const TYPE_METHODS = methodTable([
	...OBJECT_METHODS,
	method('IsInstanceOfType', 'bool IsInstanceOfType(System.Object o)'),
]);

export const ERROR_RECORD_METHODS = methodTable(OBJECT_METHODS);

/** The methods of custom objects and of the .NET objects modelled as property bags. */
export const PSOBJECT_METHODS = methodTable(OBJECT_METHODS);

export const MATCH_METHODS = PSOBJECT_METHODS.with(method('NextMatch', 'System.Text.RegularExpressions.Match NextMatch()'));

export const EXCEPTION_METHODS = PSOBJECT_METHODS.with(method('GetBaseException', 'System.Exception GetBaseException()'));

/** The methods of any other value. */
export const OTHER_METHODS = methodTable([method('ToString', 'string ToString()')]);

/** The method table of a custom or modelled .NET object. */
export function objectMethods(target: PSObject): MethodTable {
	if (exceptionInfo(target)) return EXCEPTION_METHODS;
	if (target.typeName === 'System.Text.RegularExpressions.Match') return MATCH_METHODS;
	return PSOBJECT_METHODS;
}

/**
 * `$target.Name(args)`. Method names are case-insensitive. ForEach/Where and ScriptBlock.Invoke run script
 * blocks through `ctx.invoke`; when that returns promises, so does this (await the result). A method an array
 * lacks is called on each element (method enumeration).
 */
export function invokeMethod(target: unknown, name: string, args: readonly unknown[], ctx?: MemberContext): unknown {
	if (target === null || target === undefined) {
		throw psError({message: 'You cannot call a method on a null-valued expression.', category: 'InvalidOperation', id: 'InvokeMethodOnNull', exceptionType: 'RuntimeException', target: name});
	}
	const key = name.toLowerCase();
	if (key === 'gettype' && !args.length) return getType(target);
	switch (typeof target) {
		case 'string':
			return stringMethod(target, name, key, args);
		case 'number':
			return numberMethod(target, name, key, args);
		case 'boolean':
			if (!BOOLEAN_METHODS.has(key)) return methodNotFound('System.Boolean', name);
			if (key === 'gethashcode') return target ? 1 : 0;
			if (key === 'gettypecode') return 'Boolean';
			if (key === 'tostring') return target ? 'True' : 'False';
			if (key === 'equals') return args[0] === target;
			if (key === 'compareto') return (target ? 1 : 0) - (toBool(args[0]) ? 1 : 0);
			return methodNotFound('System.Boolean', name);
	}
	if (Array.isArray(target)) return arrayMethod(target, name, key, args, ctx, invokeMethod);
	if (target instanceof PSHashtable) return tableMethod(target, name, key, args);
	if (target instanceof PSDateTime) return dateMethod(target, name, key, args);
	if (target instanceof PSTimeSpan) return spanMethod(target, name, key, args);
	if (target instanceof PSGuid) return guidMethod(target, name, key, args);
	if (target instanceof PSRegex) return regexMethod(target, name, key, args);
	if (target instanceof StringBuilder) return builderMethod(target, name, key, args);
	if (target instanceof ScriptBlock) {
		if (SCRIPT_BLOCK_METHODS.has(key)) switch (key) {
			case 'invoke':
			case 'invokereturnasis': {
				const result = requireInvoke(ctx, name)(target, undefined, [...args]);
				const shape = (values: unknown[]): unknown => (key === 'invoke' ? values : values.length === 1 ? values[0] : values);
				return result instanceof Promise ? result.then(shape) : shape(result);
			}
			case 'getnewclosure':
				return target;
			case 'tostring':
				return target.toString();
			case 'equals':
				return target === args[0];
			case 'gethashcode':
				return target.toString().length;
		}
		return methodNotFound('System.Management.Automation.ScriptBlock', name);
	}
	if (target instanceof PSType) {
		if (!TYPE_METHODS.has(key)) return methodNotFound('System.RuntimeType', name);
		if (key === 'gethashcode') return target.fullName.length;
		if (key === 'tostring') return target.fullName;
		if (key === 'equals') return args[0] instanceof PSType && args[0].fullName === target.fullName;
		if (key === 'isinstanceoftype') return isOfType(args[0], target);
		return methodNotFound('System.RuntimeType', name);
	}
	if (target instanceof ErrorRecord) {
		if (!ERROR_RECORD_METHODS.has(key)) return methodNotFound('System.Management.Automation.ErrorRecord', name);
		if (key === 'tostring') return target.message;
		if (key === 'equals') return target === args[0];
		if (key === 'gethashcode') return target.message.length;
		return methodNotFound('System.Management.Automation.ErrorRecord', name);
	}
	if (target instanceof PSObject) {
		if (objectMethods(target).has(key)) switch (key) {
			case 'tostring':
				return toStr(target);
			case 'equals':
				return target === args[0];
			case 'gethashcode':
				return target.size;
			case 'nextmatch':
				// A failed match's next match is itself, as Match.Empty's is.
				return nextMatchOf(target)?.() ?? target;
			case 'getbaseexception':
				return target;
		}
		return methodNotFound(typeNameOf(target), name);
	}
	if (OTHER_METHODS.has(key)) return toStr(target);
	return methodNotFound(typeNameOf(target), name);
}
