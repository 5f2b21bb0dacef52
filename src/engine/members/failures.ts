// The errors pwsh raises when a member call goes wrong: no such method or property, bad arguments, .NET exceptions.

import {psError} from '../errors.ts';
import {toStr, type CastFailure} from '../convert.ts';
import {FormatError} from '../dates.ts';

export function methodNotFound(typeName: string, name: string): never {
	throw psError({
		message: `Method invocation failed because [${typeName}] does not contain a method named '${name}'.`,
		category: 'InvalidOperation',
		id: 'MethodNotFound',
		exceptionType: 'RuntimeException',
		target: name,
	});
}

export function noOverload(name: string, count: number): never {
	throw psError({
		message: `Cannot find an overload for "${name}" and the argument count: "${count}".`,
		category: 'NotSpecified',
		id: 'MethodCountCouldNotFindBest',
		exceptionType: 'MethodException',
	});
}

/** An exception thrown by the .NET method itself, wrapped as pwsh wraps it. */
export function methodFailed(name: string, args: readonly unknown[], message: string, exception = 'ArgumentException'): never {
	throw psError({
		message: `Exception calling "${name}" with "${args.length}" argument(s): "${message}"`,
		category: 'NotSpecified',
		id: exception,
		exceptionType: 'MethodInvocationException',
	});
}

export function argumentFailed(method: string, parameter: string, value: unknown, typeName: string, inner: string): never {
	throw psError({
		message: `Cannot convert argument "${parameter}", with value: "${toStr(value)}", for "${method}" to type "${typeName}": "${inner}"`,
		category: 'NotSpecified',
		id: 'MethodArgumentConversionInvalidCastArgument',
		exceptionType: 'MethodException',
	});
}

/** An argument that names no member of the enum it binds to. */
export function enumArgFailed(method: string, parameter: string, value: unknown, typeName: string): never {
	return argumentFailed(method, parameter, value, typeName, `Unable to match the identifier name ${toStr(value)} to a valid enumerator name.`);
}

export function outOfRange(name: string, args: readonly unknown[], message: string): never {
	return methodFailed(name, args, message, 'ArgumentOutOfRangeException');
}

export function readOnly(name: string): never {
	throw psError({message: `'${name}' is a ReadOnly property.`, category: 'InvalidOperation', id: 'PropertyAssignmentException', exceptionType: 'RuntimeException'});
}

export function propertyNotFound(name: string): never {
	throw psError({
		message: `The property '${name}' cannot be found on this object. Verify that the property exists and can be set.`,
		category: 'InvalidOperation',
		id: 'PropertyNotFound',
		exceptionType: 'RuntimeException',
	});
}

export function parseFailed(name: string, args: readonly unknown[], failure: CastFailure): never {
	const inner = /Error: "(.*)"$/.exec(failure.message)?.[1] ?? failure.message;
	return methodFailed(name, args, inner, 'FormatException');
}

export function withFormat<T>(name: string, args: readonly unknown[], format: () => T): T {
	try {
		return format();
	} catch (error) {
		if (error instanceof FormatError) methodFailed(name, args, error.message, 'FormatException');
		throw error;
	}
}
