import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import def from '../../../commands/core/Write-Error.ts';
import {runCmdlet} from '../../helpers/fake-context.ts';
import {ErrorRecord} from '../../../src/engine/errors.ts';
import {PSObject} from '../../../src/engine/values.ts';

describe('Write-Error', () => {
	it("writes a non-terminating error with pwsh's defaults", async () => {
		const run = await runCmdlet(def, {params: {Message: 'boom'}});
		const e = run.errors[0]!;
		assert.equal(run.failure, undefined);
		assert.equal(e.message, 'boom');
		assert.equal(e.category, 'NotSpecified');
		assert.equal(e.exceptionType, 'WriteErrorException');
		assert.equal(e.commandName, 'Write-Error');
		assert.equal(e.fullyQualifiedErrorId, 'Microsoft.PowerShell.Commands.WriteErrorException');
		assert.match(e.categoryInfo, /^NotSpecified: .* \[Write-Error\], WriteErrorException$/);
	});

	it('carries the category, id, target and recommended action given', async () => {
		const run = await runCmdlet(def, {params: {Message: 'gone', Category: 'ObjectNotFound', ErrorId: 'ComponentNotFound', TargetObject: 'SMS_X', RecommendedAction: 'Check the name.'}});
		const e = run.errors[0]!;
		assert.equal(e.fullyQualifiedErrorId, 'ComponentNotFound');
		assert.equal(e.category, 'ObjectNotFound');
		assert.equal(e.targetObject, 'SMS_X');
		assert.equal(e.recommendedAction, 'Check the name.');
	});

	it('takes the message and type of an exception', async () => {
		const ex = PSObject.from('System.InvalidOperationException', {Message: 'bad state'});
		const run = await runCmdlet(def, {params: {Exception: ex}});
		assert.equal(run.errors[0]!.message, 'bad state');
		assert.equal(run.errors[0]!.exceptionType, 'InvalidOperationException');
	});

	it('writes an existing error record again', async () => {
		const source = new ErrorRecord({message: 'original', id: 'X', category: 'InvalidData', exceptionType: 'RuntimeException', commandName: 'Get-Thing'});
		const run = await runCmdlet(def, {params: {ErrorRecord: source}});
		assert.equal(run.errors[0]!.message, 'original');
		assert.equal(run.errors[0]!.fullyQualifiedErrorId, 'X,Get-Thing');
	});

	it('writes one error per piped message', async () => {
		assert.equal((await runCmdlet(def, {input: ['a', 'b']})).errors.length, 2);
	});
});
