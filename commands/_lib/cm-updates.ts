// The site update cmdlets' shared step: the update name their parameters give, by -Name or a piped
// SMS_CM_UpdatePackages object.

import type {CmdletContext} from '../../src/engine/command.ts';
import {inputResult} from './cm-objects.ts';

export function updateNameOf(ctx: CmdletContext): string {
	if (ctx.isBound('Name') || ctx.parameterSet === 'ByName') return String(ctx.params.Name).trim();
	return String(inputResult(ctx, ctx.params.InputObject, ['SMS_CM_UpdatePackages']).get('Name'));
}
