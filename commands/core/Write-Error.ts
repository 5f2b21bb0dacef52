// Write-Error: writes a non-terminating error, as a cmdlet's WriteError does.

import type {CmdletDef} from '../../src/engine/command.ts';
import {ErrorRecord} from '../../src/engine/errors.ts';
import type {ErrorCategory, ErrorRecordInit} from '../../src/engine/errors.ts';
import {PSObject, isNull} from '../../src/engine/values.ts';
import {toStr} from '../../src/engine/convert.ts';

const categories: readonly ErrorCategory[] = [
	'NotSpecified',
	'OpenError',
	'CloseError',
	'InvalidArgument',
	'InvalidData',
	'InvalidOperation',
	'InvalidResult',
	'InvalidType',
	'MetadataError',
	'NotImplemented',
	'NotInstalled',
	'ObjectNotFound',
	'OperationStopped',
	'OperationTimeout',
	'SyntaxError',
	'ParserError',
	'PermissionDenied',
	'ResourceBusy',
	'ResourceExists',
	'ResourceUnavailable',
	'ReadError',
	'WriteError',
	'SecurityError',
	'ProtocolError',
	'ConnectionError',
	'AuthenticationError',
	'LimitsExceeded',
	'NotEnabled',
];

const DEFAULT_ID = 'Microsoft.PowerShell.Commands.WriteErrorException';

/**
 * pwsh does not append the command name to the id of an error written by Write-Error
 * (`Microsoft.PowerShell.Commands.WriteErrorException`, not `...,Write-Error`), yet the concise view still names
 * the command (`Write-Error: msg`), so the record keeps its commandName and answers the id unchanged.
 */
class WriteErrorRecord extends ErrorRecord {
	override get fullyQualifiedErrorId(): string {
		return this.errorId;
	}
}

/** The message and short type name of an -Exception argument: an exception object, an error record or text. */
function describeException(exception: unknown): {message: string; type: string} {
	if (exception instanceof ErrorRecord) return {message: exception.message, type: exception.exceptionType};
	if (exception instanceof PSObject) {
		const full = exception.typeName;
		const message = exception.has('Message') ? toStr(exception.get('Message')) : toStr(exception);
		return {message, type: full.slice(full.lastIndexOf('.') + 1)};
	}
	return {message: toStr(exception), type: 'Exception'};
}

const common = ['NoException', 'WithException'];

const def: CmdletDef = {
	name: 'Write-Error',
	synopsis: 'Writes an object to the error stream.',
	description:
		'Write-Error writes a non-terminating error: it is displayed (at the prompt as `Write-Error: <message>`), ' +
		'added to $Error, and makes $? false, but the script goes on. -ErrorAction Stop or $ErrorActionPreference = ' +
		"'Stop' turn it into a terminating error that try/catch can catch. To end a script at once, use `throw` " +
		'instead. The error has the category NotSpecified and the id ' +
		'Microsoft.PowerShell.Commands.WriteErrorException unless -Category and -ErrorId say otherwise.',
	defaultParameterSet: 'NoException',
	parameters: [
		{
			name: 'Message',
			type: 'string',
			position: 0,
			valueFromPipeline: true,
			sets: ['NoException', 'WithException'],
			aliases: ['Msg'],
			help: 'The text of the error.',
		},
		{
			name: 'Exception',
			type: 'object',
			mandatory: true,
			sets: ['WithException'],
			help: 'An exception object (for example $_.Exception in a catch block) whose message and type the error carries.',
		},
		{
			name: 'ErrorRecord',
			type: 'object',
			mandatory: true,
			sets: ['ErrorRecord'],
			help: 'An existing error record to write again (for example $_ in a catch block).',
		},
		{
			name: 'Category',
			type: 'string',
			sets: common,
			validateSet: categories,
			default: 'NotSpecified',
			help: 'The category of the error, which the category view and $Error[0].CategoryInfo show.',
		},
		{
			name: 'ErrorId',
			type: 'string',
			sets: common,
			help: 'An id for the error, shown as its FullyQualifiedErrorId.',
		},
		{
			name: 'TargetObject',
			type: 'object',
			sets: common,
			help: 'The object that was being processed when the error happened.',
		},
		{
			name: 'RecommendedAction',
			type: 'string',
			sets: ['NoException', 'WithException', 'ErrorRecord'],
			help: 'What the person who sees the error should do about it.',
		},
		{
			name: 'CategoryActivity',
			type: 'string',
			sets: ['NoException', 'WithException', 'ErrorRecord'],
			aliases: ['Activity'],
			help: 'The action that caused the error (accepted for compatibility; not shown).',
		},
		{
			name: 'CategoryReason',
			type: 'string',
			sets: ['NoException', 'WithException', 'ErrorRecord'],
			aliases: ['Reason'],
			help: 'Why the activity caused the error (accepted for compatibility; not shown).',
		},
		{
			name: 'CategoryTargetName',
			type: 'string',
			sets: ['NoException', 'WithException', 'ErrorRecord'],
			aliases: ['TargetName'],
			help: 'The name of the object being processed (accepted for compatibility; not shown).',
		},
		{
			name: 'CategoryTargetType',
			type: 'string',
			sets: ['NoException', 'WithException', 'ErrorRecord'],
			aliases: ['TargetType'],
			help: 'The type of the object being processed (accepted for compatibility; not shown).',
		},
	],
	outputs: ['None'],
	examples: [
		{
			title: 'Write an error and carry on',
			code: "Write-Error 'The SCP is offline.' -ErrorAction SilentlyContinue\n\"Still running; errors so far: $($Error.Count)\"",
			remarks: 'The error is recorded in $Error (here hidden with -ErrorAction SilentlyContinue) and the script continues.',
			expect: ['Still running; errors so far: 1'],
		},
		{
			title: 'Make the error catchable',
			code: "try { Write-Error 'No site server answered.' -ErrorAction Stop } catch { \"Caught: $($_.Exception.Message)\" }",
			remarks: 'With -ErrorAction Stop the error becomes terminating, so catch receives it.',
			expect: ['Caught: No site server answered.'],
		},
		{
			title: 'Give the error a category and an id',
			code: "Write-Error 'Component not found.' -Category ObjectNotFound -ErrorId ComponentNotFound -ErrorAction SilentlyContinue\n$Error[0].FullyQualifiedErrorId",
			remarks: 'The category and id travel with the error record.',
			expect: ['ComponentNotFound'],
		},
	],
	related: ['Write-Warning', 'Write-Output'],
	process(ctx) {
		const p = ctx.params;
		if (ctx.parameterSet === 'ErrorRecord') {
			const source = p.ErrorRecord;
			if (source instanceof ErrorRecord) {
				const copy = new ErrorRecord({
					message: source.message,
					category: source.category,
					id: source.errorId,
					target: source.targetObject,
					exceptionType: source.exceptionType,
					commandName: source.commandName,
					recommendedAction: p.RecommendedAction ?? source.recommendedAction,
				});
				ctx.writeError(copy);
				return;
			}
			// Anything else is written as a message, as pwsh converts it to an error record.
			ctx.writeError(new WriteErrorRecord({message: toStr(source), id: DEFAULT_ID, exceptionType: 'WriteErrorException', commandName: 'Write-Error'}));
			return;
		}
		let message: string = isNull(p.Message) ? '' : p.Message;
		let exceptionType = 'WriteErrorException';
		if (ctx.parameterSet === 'WithException') {
			const ex = describeException(p.Exception);
			if (!ctx.isBound('Message')) message = ex.message;
			exceptionType = ex.type;
		}
		const init: ErrorRecordInit = {
			message,
			category: p.Category,
			id: p.ErrorId || DEFAULT_ID,
			target: p.TargetObject ?? null,
			exceptionType,
			commandName: 'Write-Error',
			recommendedAction: p.RecommendedAction,
		};
		ctx.writeError(new WriteErrorRecord(init));
	},
};

export default def;
