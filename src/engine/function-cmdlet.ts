// `$PSCmdlet` in an advanced function: ShouldProcess/ShouldContinue, the Write* methods, ThrowTerminatingError,
// ParameterSetName and MyInvocation — what runbooks written with [CmdletBinding(SupportsShouldProcess)] call.

import type {ExecContext} from './context.ts';
import {positionOf} from './context.ts';
import {ErrorRecord, PSError} from './errors.ts';
import type {Runtime} from './runtime.ts';
import {decideShouldProcess} from './should-process.ts';
import type {ShouldProcessState} from './should-process.ts';
import {PSHashtable, PSObject} from './values.ts';
import {toStr} from './convert.ts';
import type {Extent} from '../language/ast.ts';

export class FunctionCmdlet {
	private readonly process: ShouldProcessState;

	constructor(
		private readonly rt: Runtime,
		private readonly ctx: ExecContext,
		private readonly name: string,
		private readonly parameterSetName: string,
		private readonly bound: PSHashtable,
		private readonly extent: Extent,
	) {
		this.process = {
			whatIf: bound.has('WhatIf') ? bound.get('WhatIf') : undefined,
			confirm: bound.has('Confirm') ? bound.get('Confirm') : undefined,
			impact: 'Medium',
			fail: init => {
				throw new PSError(new ErrorRecord({...init, commandName: this.name, position: positionOf(this.ctx, this.extent)}));
			},
		};
	}

	member(name: string): unknown {
		switch (name.toLowerCase()) {
			case 'parametersetname':
				return this.parameterSetName;
			case 'myinvocation':
				return PSObject.from('System.Management.Automation.InvocationInfo', {
					MyCommand: PSObject.from('System.Management.Automation.FunctionInfo', {Name: this.name, CommandType: 'Function'}),
					InvocationName: this.name,
					BoundParameters: this.bound,
				});
			default:
				return null;
		}
	}

	async invoke(method: string, args: unknown[]): Promise<unknown> {
		const text = (i: number) => toStr(args[i] ?? null);
		switch (method.toLowerCase()) {
			case 'shouldprocess':
				// (target), (target, action), or (description, warning, caption): what pwsh's overloads take.
				if (args.length >= 3) return decideShouldProcess(this.rt, this.ctx, this.process, text(0), this.name);
				return decideShouldProcess(this.rt, this.ctx, this.process, text(0), args.length > 1 ? text(1) : this.name);
			case 'shouldcontinue': {
				if (!this.rt.host.interactive) this.process.fail({message: 'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.', id: 'HostException', category: 'ResourceUnavailable', exceptionType: 'HostException'});
				const choice = await this.rt.host.confirm(text(1), text(0));
				return choice === 'Yes' || choice === 'YesToAll';
			}
			case 'writeverbose':
				if (this.bound.get('Verbose') === true || this.rt.preference(this.ctx, 'VerbosePreference') === 'Continue') this.rt.host.writeVerbose(text(0));
				return null;
			case 'writewarning':
				this.rt.host.writeWarning(text(0));
				return null;
			case 'writedebug':
				if (this.bound.get('Debug') === true || this.rt.preference(this.ctx, 'DebugPreference') === 'Continue') this.rt.host.writeDebug(text(0));
				return null;
			case 'writeerror':
				this.rt.reportError(args[0] instanceof ErrorRecord ? args[0] : new ErrorRecord({message: text(0), commandName: this.name}), this.ctx);
				return null;
			case 'throwterminatingerror':
				throw new PSError(args[0] instanceof ErrorRecord ? args[0] : new ErrorRecord({message: text(0), commandName: this.name, position: positionOf(this.ctx, this.extent)}));
			default:
				throw new PSError(new ErrorRecord({message: `Method invocation failed because [System.Management.Automation.PSScriptCmdlet] does not contain a method named '${method}'.`, id: 'MethodNotFound', category: 'InvalidOperation', exceptionType: 'RuntimeException', position: positionOf(this.ctx, this.extent)}));
		}
	}
}
