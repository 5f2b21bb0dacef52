import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {Binder} from '../../src/engine/binder.ts';
import type {BindArg} from '../../src/engine/binder.ts';
import type {ParameterDef} from '../../src/engine/command.ts';
import {PSError} from '../../src/engine/errors.ts';
import {PSObject} from '../../src/engine/values.ts';

const params: ParameterDef[] = [
	{name: 'Name', type: 'string[]', position: 0, help: '', valueFromPipelineByPropertyName: true, aliases: ['ComponentName']},
	{name: 'NoWait', type: 'switch', help: ''},
	{name: 'Mode', type: 'string', validateSet: ['Online', 'Offline'], help: ''},
	{name: 'Port', type: 'int', validateRange: [1, 65535], help: ''},
];

const binder = new Binder({commandName: 'Test-Thing', parameters: params, advanced: true, collectExtraArgs: false, isScript: false});
const p = (name: string, value?: unknown): BindArg => (value === undefined ? {kind: 'param', name, hasValue: false, text: `-${name}`} : {kind: 'param', name, value, hasValue: true, text: `-${name}`});
const a = (value: unknown): BindArg => ({kind: 'arg', value});

function bindError(args: BindArg[]): PSError {
	try {
		binder.bindArguments(args);
	} catch (e) {
		if (e instanceof PSError) return e;
		throw e;
	}
	assert.fail('expected a binding error');
}

describe('binder', () => {
	it('binds named parameters case-insensitively and by unambiguous prefix', () => {
		const s = binder.bindArguments([p('na'), a('SMS_DMP_DOWNLOADER'), p('MODE'), a('offline')]);
		assert.deepEqual(s.values.get('Name'), ['SMS_DMP_DOWNLOADER']);
		assert.equal(s.values.get('Mode'), 'Offline', 'ValidateSet gives the set spelling');
	});

	it('binds positionally and by alias', () => {
		assert.deepEqual(binder.bindArguments([a('X')]).values.get('Name'), ['X']);
		assert.deepEqual(binder.bindArguments([p('ComponentName'), a('Y')]).values.get('Name'), ['Y']);
	});

	it('reports an ambiguous prefix with the possible matches', () => {
		const e = bindError([p('N'), a('x')]);
		assert.equal(e.record.message, "Parameter cannot be processed because the parameter name 'N' is ambiguous. Possible matches include: -Name -NoWait.");
		assert.equal(e.record.fullyQualifiedErrorId, 'AmbiguousParameter,Test-Thing');
	});

	it('reports unknown parameters, missing arguments and extra positionals with pwsh texts', () => {
		assert.equal(bindError([p('Bogus'), a(1)]).record.message, "A parameter cannot be found that matches parameter name 'Bogus'.");
		assert.equal(bindError([p('Mode')]).record.message, "Missing an argument for parameter 'Mode'. Specify a parameter of type 'System.String' and try again.");
		assert.equal(bindError([a('a'), a('b')]).record.message, "A positional parameter cannot be found that accepts argument 'b'.");
	});

	it('validates sets and ranges', () => {
		assert.match(bindError([p('Mode'), a('Foo')]).record.message, /The argument "Foo" does not belong to the set "Online,Offline" specified by the ValidateSet attribute/);
		assert.match(bindError([p('Port'), a(70000)]).record.message, /greater than the maximum allowed range of 65535/);
	});

	it('binds switches, including -Switch:$false', () => {
		assert.equal(binder.bindArguments([p('NoWait')]).values.get('NoWait'), true);
		assert.equal(binder.bindArguments([p('NoWait', false)]).values.get('NoWait'), false);
	});

	it('binds pipeline input by property name', () => {
		const base = binder.bindArguments([]);
		const obj = new PSObject('Scpsh.Component', {Name: 'SMS_EXECUTIVE', State: 'Running'});
		const bound = binder.bindPipelineObject(base, obj);
		assert.deepEqual(bound?.values.get('Name'), ['SMS_EXECUTIVE']);
		assert.equal(base.values.has('Name'), false, 'the base state is left alone');
	});

	it('rejects a parameter given twice', () => {
		assert.match(bindError([p('Mode'), a('Online'), p('Mode'), a('Offline')]).record.message, /specified more than once/);
	});

	it('lists missing mandatory parameters', () => {
		const b = new Binder({commandName: 'Need-It', parameters: [{name: 'TenantId', type: 'string', mandatory: true, help: ''}], advanced: true, collectExtraArgs: false, isScript: false});
		const s = b.bindArguments([]);
		const missing = b.missingMandatory(s, b.resolveSetLenient(s), false);
		assert.equal(b.missingMandatoryError(missing).record.message, 'Cannot process command because of one or more missing mandatory parameters: TenantId.');
	});
});
