// What member code needs from the evaluator, and the check that it gave a script block runner.

import type {PSDateTime, ScriptBlock} from '../values.ts';
import {psError} from '../errors.ts';

/** What methods need from the evaluator. */
export interface MemberContext {
	/** Runs a script block with `$_` set (ForEach/Where methods, ScriptBlock.Invoke). May be async. */
	invoke?(block: ScriptBlock, dollarUnder?: unknown, args?: unknown[]): unknown[] | Promise<unknown[]>;
	/** A seeded random source in [0, 1) for [guid]::NewGuid(). */
	random?(): number;
	/** The simulated clock for [datetime]::Now. */
	now?(): PSDateTime;
}

/** `invokeMethod` itself, handed to the array methods that call back into it (ForEach('Method'), method enumeration). */
export type MethodInvoker = (target: unknown, name: string, args: readonly unknown[], ctx?: MemberContext) => unknown;

export function requireInvoke(ctx: MemberContext | undefined, name: string): NonNullable<MemberContext['invoke']> {
	if (!ctx?.invoke) {
		throw psError({message: `The ${name} method needs a script block runner.`, category: 'NotImplemented', id: 'NotImplemented', exceptionType: 'PSNotImplementedException'});
	}
	return ctx.invoke;
}
