// Error records and the control-flow signals the evaluator throws.

import type {Extent} from '../language/ast.ts';

export type ErrorCategory =
	| 'NotSpecified'
	| 'OpenError'
	| 'CloseError'
	| 'InvalidArgument'
	| 'InvalidData'
	| 'InvalidOperation'
	| 'InvalidResult'
	| 'InvalidType'
	| 'MetadataError'
	| 'NotImplemented'
	| 'NotInstalled'
	| 'ObjectNotFound'
	| 'OperationStopped'
	| 'OperationTimeout'
	| 'SyntaxError'
	| 'ParserError'
	| 'PermissionDenied'
	| 'ResourceBusy'
	| 'ResourceExists'
	| 'ResourceUnavailable'
	| 'ReadError'
	| 'WriteError'
	| 'SecurityError'
	| 'ProtocolError'
	| 'ConnectionError'
	| 'AuthenticationError'
	| 'LimitsExceeded'
	| 'NotEnabled';

/** Where in which text an error happened: enough to draw pwsh's framed view. */
export interface ErrorPosition {
	source: string;
	extent: Extent;
	/** Script file path, when the text came from one. */
	file?: string;
}

export interface ErrorRecordInit {
	message: string;
	category?: ErrorCategory;
	/** The error id, e.g. `NamedParameterNotFound`; the command name is appended to form the FullyQualifiedErrorId. */
	id?: string;
	target?: unknown;
	/** Short .NET-style exception type name, e.g. `ParameterBindingException`, `RuntimeException`. */
	exceptionType?: string;
	commandName?: string;
	position?: ErrorPosition;
	recommendedAction?: string;
}

export class ErrorRecord {
	message: string;
	category: ErrorCategory;
	errorId: string;
	targetObject: unknown;
	exceptionType: string;
	commandName?: string;
	position?: ErrorPosition;
	recommendedAction?: string;

	constructor(init: ErrorRecordInit) {
		this.message = init.message;
		this.category = init.category ?? 'NotSpecified';
		this.errorId = init.id ?? 'RuntimeException';
		this.targetObject = init.target ?? null;
		this.exceptionType = init.exceptionType ?? 'RuntimeException';
		this.commandName = init.commandName;
		this.position = init.position;
		this.recommendedAction = init.recommendedAction;
	}

	get fullyQualifiedErrorId(): string {
		return this.commandName && !this.errorId.includes(',') ? `${this.errorId},${this.commandName}` : this.errorId;
	}

	/** `ObjectNotFound: (X:String) [], CommandNotFoundException`, as pwsh's CategoryInfo prints. */
	get categoryInfo(): string {
		const target = this.targetObject === null ? ':' : `${String(this.targetObject)}:${typeof this.targetObject === 'string' ? 'String' : 'Object'}`;
		return `${this.category}: (${target}) [${this.commandName ?? ''}], ${this.exceptionType}`;
	}

	toString(): string {
		return this.message;
	}
}

/** A terminating error in flight. `scope` says how far it unwinds when nothing catches it. */
export class PSError extends Error {
	/** Where the problem is when the raiser knew the place but not the text (the binder); the stage adds the text. */
	extentHint?: Extent;

	constructor(
		readonly record: ErrorRecord,
		/** `statement` ends the statement (and the script goes on); `script` ends the script. */
		readonly scope: 'statement' | 'script' = 'statement',
	) {
		super(record.message);
	}
}

/** Convenience: a terminating error from its parts. */
export const psError = (init: ErrorRecordInit, scope: 'statement' | 'script' = 'statement'): PSError =>
	new PSError(new ErrorRecord(init), scope);

// Control flow. These are not errors to a user; the evaluator catches them where they belong.
export class BreakSignal {
	constructor(readonly label?: string) {}
}

export class ContinueSignal {
	constructor(readonly label?: string) {}
}

export class ReturnSignal {
	constructor(readonly value: unknown[]) {}
}

export class ExitSignal {
	constructor(readonly code: number) {}
}

/** Thrown into a running pipeline by Select-Object -First and friends to stop the commands upstream of it. */
export class StopUpstreamSignal {
	constructor(readonly stage: unknown) {}
}

/** Thrown when the user cancels (Ctrl+C) what is running. */
export class PipelineStoppedSignal {}
