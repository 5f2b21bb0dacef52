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
		switch (key) {
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
		}
		return methodNotFound('System.Management.Automation.ScriptBlock', name);
	}
	if (target instanceof PSType) {
		if (key === 'tostring') return target.fullName;
		if (key === 'equals') return args[0] instanceof PSType && args[0].fullName === target.fullName;
		if (key === 'isinstanceoftype') return isOfType(args[0], target);
		return methodNotFound('System.RuntimeType', name);
	}
	if (target instanceof ErrorRecord) {
		if (key === 'tostring') return target.message;
		return methodNotFound('System.Management.Automation.ErrorRecord', name);
	}
	if (target instanceof PSObject) {
		switch (key) {
			case 'tostring':
				return toStr(target);
			case 'equals':
				return target === args[0];
			case 'gethashcode':
				return target.size;
			case 'nextmatch': {
				const next = nextMatchOf(target);
				if (next) return next();
				break;
			}
			case 'getbaseexception':
				if (exceptionInfo(target)) return target;
				break;
		}
		return methodNotFound(typeNameOf(target), name);
	}
	if (key === 'tostring') return toStr(target);
	return methodNotFound(typeNameOf(target), name);
}
