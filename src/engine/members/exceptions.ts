// Exception objects: `$_.Exception` of an error record, `[Exception]::new(…)`, and telling one apart for `throw`.

import {PSObject, PSHashtable} from '../values.ts';
import type {ErrorRecord} from '../errors.ts';
import {toStr} from '../convert.ts';
import {dotNetInfo, dotNetObject, exceptionFullName} from '../types.ts';

const exceptions = new WeakMap<ErrorRecord, PSObject>();

/** `$_.Exception`: an object with Message (and the record), typed by the record's exception type. */
export function exceptionOf(record: ErrorRecord): PSObject {
	let exception = exceptions.get(record);
	if (!exception) {
		const typeName = exceptionFullName(record.exceptionType);
		exception = dotNetObject(
			typeName,
			{Message: record.message, InnerException: null, ErrorRecord: record, Source: null, StackTrace: null, HResult: -2146233087, Data: new PSHashtable()},
			() => `${typeName}: ${record.message}`,
		);
		exceptions.set(record, exception);
	}
	return exception;
}

/** A new exception object (`[System.Exception]::new('msg')`), for `throw` to turn into an error record. */
export function newException(typeName: string, message: string, inner: unknown = null): PSObject {
	return dotNetObject(typeName, {Message: message, InnerException: inner, Source: null, StackTrace: null, HResult: -2146233088, Data: new PSHashtable()}, () => `${typeName}: ${message}`);
}

/** The type and message of an exception object, when `value` is one (for `throw $exception`). */
export function exceptionInfo(value: unknown): {typeName: string; message: string} | undefined {
	if (!(value instanceof PSObject)) return undefined;
	const info = dotNetInfo(value);
	if (!info || !/Exception$/.test(info.typeName)) return undefined;
	return {typeName: info.typeName, message: toStr(value.get('Message'))};
}
