import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import def from '../../../commands/core/Join-String.ts';
import {fakeSession, jsBlock, runCmdlet} from '../../helpers/fake-context.ts';
import {PSObject} from '../../../src/engine/values.ts';

describe('Join-String', () => {
	it('joins with $OFS by default and with -Separator when given', async () => {
		assert.deepEqual((await runCmdlet(def, {input: [1, 2, 3], session: fakeSession({variables: {OFS: ' '}})})).output, ['1 2 3']);
		assert.deepEqual((await runCmdlet(def, {params: {Separator: ', '}, input: ['a', 'b']})).output, ['a, b']);
	});

	it('joins a property or a script block result, quoted', async () => {
		const input = [PSObject.from('T', {Code: 'PS1'}), PSObject.from('T', {Code: 'CAS'})];
		assert.deepEqual((await runCmdlet(def, {params: {Property: 'Code', Separator: ',', DoubleQuote: true}, input})).output, ['"PS1","CAS"']);
		assert.deepEqual((await runCmdlet(def, {params: {Property: jsBlock(o => `<${(o as PSObject).get('Code')}>`), Separator: '', SingleQuote: true}, input})).output, ["'<PS1>''<CAS>'"]);
	});

	it('formats each piece and wraps the result', async () => {
		const run = await runCmdlet(def, {params: {FormatString: '{0:N2}', Separator: '|', OutputPrefix: '[', OutputSuffix: ']'}, input: [1, 2.5]});
		assert.deepEqual(run.output, ['[1.00|2.50]']);
	});

	it('writes one string even without input', async () => {
		assert.deepEqual((await runCmdlet(def, {params: {OutputPrefix: 'x'}})).output, ['x']);
	});

	it('rejects two quoting styles', async () => {
		const run = await runCmdlet(def, {params: {SingleQuote: true, DoubleQuote: true}, input: ['a']});
		assert.equal(run.failure?.errorId, 'AmbiguousParameterSet');
	});
});
