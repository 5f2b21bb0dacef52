// Write-Warning: a WARNING: message on the warning stream, governed by -WarningAction and $WarningPreference.

import type {CmdletDef} from '../../src/engine/command.ts';

const def: CmdletDef = {
	name: 'Write-Warning',
	synopsis: 'Writes a warning message.',
	description:
		'Write-Warning writes a message to the warning stream, which the host shows as `WARNING: <message>` (in yellow ' +
		'at a terminal). Whether it is shown depends on the $WarningPreference variable and the -WarningAction common ' +
		'parameter: Continue (the default) shows it, SilentlyContinue hides it, Stop turns it into a terminating error. ' +
		'A warning is not output: it cannot be captured with assignment or passed down the pipeline.',
	parameters: [
		{
			name: 'Message',
			type: 'string',
			mandatory: true,
			position: 0,
			valueFromPipeline: true,
			aliases: ['Msg'],
			help: 'The text of the warning.',
		},
	],
	outputs: ['None'],
	examples: [
		{
			title: 'Warn the person running a script',
			code: "Write-Warning 'The mode change takes effect after SMS_DMP_DOWNLOADER restarts.'",
			remarks: 'The host shows the message with the WARNING: prefix.',
		},
		{
			title: 'Silence a warning',
			code: "Write-Warning 'You will not see this.' -WarningAction SilentlyContinue\n'done'",
			remarks: 'With -WarningAction SilentlyContinue the warning is not shown.',
			expect: ['done'],
		},
	],
	related: ['Write-Verbose', 'Write-Error', 'Write-Host'],
	process(ctx) {
		ctx.writeWarning(ctx.params.Message ?? '');
	},
};

export default def;
