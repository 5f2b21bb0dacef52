import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import def from '../../../commands/core/Write-Host.ts';
import {runCmdlet} from '../../helpers/fake-context.ts';

describe('Write-Host', () => {
	it('writes a line to the host and nothing to the pipeline', async () => {
		const run = await runCmdlet(def, {params: {Object: 'hello'}});
		assert.deepEqual(run.output, []);
		assert.equal(run.host.screen, 'hello\n');
	});

	it('joins collections (nested ones too) with the separator', async () => {
		assert.equal((await runCmdlet(def, {params: {Object: [1, [2, 3]]}})).host.screen, '1 2 3\n');
		assert.equal((await runCmdlet(def, {params: {Object: [1, 2], Separator: ', '}})).host.screen, '1, 2\n');
	});

	it('stays on the line with -NoNewline and passes colours', async () => {
		const run = await runCmdlet(def, {params: {Object: 'Mode: ', NoNewline: true, ForegroundColor: 'Green', BackgroundColor: 'Black'}});
		assert.deepEqual(run.host.text, [{text: 'Mode: ', colors: {foreground: 'Green', background: 'Black'}, newline: false}]);
	});

	it('writes each piped object on its own line', async () => {
		assert.equal((await runCmdlet(def, {input: ['a', 'b']})).host.screen, 'a\nb\n');
	});

	it('writes an empty line without arguments', async () => {
		assert.equal((await runCmdlet(def)).host.screen, '\n');
	});

	it('offers the console colours', () => {
		const fg = def.parameters.find(p => p.name === 'ForegroundColor')!;
		assert.equal(fg.validateSet?.length, 16);
		assert.ok(fg.validateSet?.includes('DarkYellow'));
	});
});
