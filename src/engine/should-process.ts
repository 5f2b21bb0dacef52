// -WhatIf and -Confirm: the one decision that cmdlets (ctx.shouldProcess) and advanced functions
// ($PSCmdlet.ShouldProcess) share.

import type {ConfirmChoice} from '../host/host.ts';
import type {Runtime} from './runtime.ts';
import type {ExecContext} from './context.ts';
import type {ErrorRecordInit} from './errors.ts';

export interface ShouldProcessState {
	/** The -WhatIf and -Confirm values when given (undefined when not). */
	whatIf: unknown;
	confirm: unknown;
	impact: 'Low' | 'Medium' | 'High';
	/** Remembers Yes to All / No to All for the rest of the invocation. */
	all?: 'Yes' | 'No';
	/** Raises a failure as the caller's terminating error (its command name and position). */
	fail(init: ErrorRecordInit): never;
}

export async function decideShouldProcess(rt: Runtime, ctx: ExecContext, s: ShouldProcessState, target: string, action: string): Promise<boolean> {
	const whatIf = s.whatIf === true || (s.whatIf === undefined && rt.preference(ctx, 'WhatIfPreference') === 'True');
	if (whatIf) {
		rt.host.writeLine(`What if: Performing the operation "${action}" on target "${target}".`);
		return false;
	}
	const impact = {Low: 1, Medium: 2, High: 3}[s.impact];
	const pref = {None: 4, Low: 1, Medium: 2, High: 3}[rt.preference(ctx, 'ConfirmPreference') as 'High'] ?? 3;
	const ask = s.confirm === true || (s.confirm !== false && impact >= pref);
	if (!ask) return true;
	if (s.all) return s.all === 'Yes';
	if (!rt.host.interactive) {
		s.fail({message: 'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.', id: 'HostException', category: 'ResourceUnavailable', exceptionType: 'HostException'});
	}
	const choice: ConfirmChoice = await rt.host.confirm('Confirm', `Are you sure you want to perform this action?\nPerforming the operation "${action}" on target "${target}".`);
	if (choice === 'YesToAll') s.all = 'Yes';
	if (choice === 'NoToAll') s.all = 'No';
	return choice === 'Yes' || choice === 'YesToAll';
}
