// What travels with evaluation: the scope, the text being run (for error positions), and how errors flow.

import type {Extent} from '../language/ast.ts';
import type {ErrorPosition, ErrorRecord} from './errors.ts';
import type {Scope} from './scope.ts';

export interface ExecContext {
	scope: Scope;
	/** The text the current code was parsed from. */
	source: string;
	file?: string;
	/** Inside a try body: statement-terminating errors propagate to the catch instead of being reported. */
	inTry: number;
	/** Script and function call depth. */
	depth: number;
	/** Where non-terminating errors go when redirected (`2>$null`, `2>&1`); the host otherwise. */
	errorSink?: (record: ErrorRecord) => void;
	signal: AbortSignal;
}

export const positionOf = (ctx: ExecContext, extent: Extent | undefined): ErrorPosition | undefined =>
	extent ? {source: ctx.source, extent, file: ctx.file} : undefined;

/** PowerShell's output collection rule: nothing → $null, one → the item, more → an array. */
export function collapse(items: unknown[]): unknown {
	if (items.length === 0) return null;
	if (items.length === 1) return items[0];
	return items;
}

/** Marks the result of a `[void]` cast: it writes nothing. */
export const VOID = Symbol('void');

export const MAX_CALL_DEPTH = 250;
