// Clear-Host: clears the screen (the TUI's output pane; a no-op when output is piped).

import type {CmdletDef} from '../../src/engine/command.ts';

const def: CmdletDef = {
	name: 'Clear-Host',
	aliases: ['cls', 'clear'],
	synopsis: 'Clears the display.',
	description:
		'Clear-Host removes everything shown so far and puts the prompt back at the top. When output goes to a file ' +
		'or a pipe there is nothing to clear, and it does nothing.',
	parameters: [],
	outputs: ['None'],
	examples: [
		{
			title: 'Clear the screen',
			code: 'Clear-Host',
			remarks: 'The display is cleared. `cls` and `clear` do the same.',
		},
	],
	related: ['Write-Host', 'Out-Host'],
	process(ctx) {
		ctx.host.clear();
	},
};

export default def;
