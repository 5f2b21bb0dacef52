// What Format-Table and Format-List share: they gather the input in process and lay it out in end.

import type {CmdletContext} from '../../src/engine/command.ts';
import {PropertySpecError} from '../../src/format/calculated.ts';
import {FormattedOutput} from '../../src/format/formatted.ts';
import {formatItems} from '../../src/format/shape.ts';

export function beginFormat(ctx: CmdletContext): void {
	ctx.state.objects = [];
}

export function collectFormatInput(ctx: CmdletContext): void {
	// Output of another format command is already laid out: it passes through, as in pwsh.
	if (ctx.input instanceof FormattedOutput) ctx.write(ctx.input);
	else if (ctx.hasInput) ctx.state.objects.push(...formatItems(ctx.input));
	else if (ctx.isBound('InputObject')) ctx.state.objects.push(...formatItems(ctx.params.InputObject));
}

/** Writes what `build` lays out; a bad calculated property is pwsh's error. */
export async function writeFormatted(ctx: CmdletContext, build: () => Promise<FormattedOutput | undefined | null>): Promise<void> {
	try {
		const output = await build();
		if (output) ctx.write(output);
	} catch (error) {
		if (error instanceof PropertySpecError) {
			ctx.fail({message: error.message, id: 'IllegalKeyInCalculatedProperty', category: 'InvalidArgument', exceptionType: 'NotSupportedException'});
		}
		throw error;
	}
}
