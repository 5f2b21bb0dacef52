import {test} from 'node:test';
import assert from 'node:assert/strict';
import {complete, quoteValue, rank} from '../../src/engine/completion.ts';
import type {CompletionSession} from '../../src/engine/completion.ts';
import type {CmdletDef, CommandInfo} from '../../src/engine/command.ts';

const cmdlet = (name: string, parameters: CmdletDef['parameters'], extra: Partial<CmdletDef> = {}): CmdletDef => ({
	name,
	synopsis: `${name} synopsis`,
	description: '',
	parameters,
	examples: [],
	...extra,
});

const defs: CmdletDef[] = [
	cmdlet('Get-ScpStatus', []),
	cmdlet('Get-ScpUpdate', [{name: 'Name', type: 'string', help: 'Update name.', position: 0}]),
	cmdlet('Set-ScpMode', [{name: 'Mode', type: 'string', help: 'The mode.', position: 0, mandatory: true, validateSet: ['Online', 'Offline']}], {supportsShouldProcess: true}),
	cmdlet('Restart-Component', [
		{name: 'Name', type: 'string[]', help: 'Component.', position: 0, complete: () => ['SMS_DMP_DOWNLOADER', 'SMS_DMP_UPLOADER', 'SMS_EXECUTIVE']},
		{name: 'SiteCode', type: 'string', help: 'Site.', complete: () => ['PS1', 'CAS']},
		{name: 'NoWait', type: 'switch', help: 'Return at once.'},
	]),
	cmdlet('Get-SiteLog', [
		{name: 'Name', type: 'string', help: 'Log.', position: 0, complete: () => ['dmpdownloader.log', 'hman.log']},
		{name: 'Tail', type: 'int', help: 'Lines.'},
		{name: 'Wait', type: 'switch', help: 'Follow.'},
	]),
	cmdlet('Reset-SimSite', [{name: 'Scenario', type: 'string', help: 'Scenario.', complete: () => ['default', 'cas hierarchy']}]),
	cmdlet('Get-Component', [{name: 'Name', type: 'string', help: 'x', position: 0, complete: () => { throw new Error('no site'); }}]),
	cmdlet('Where-Object', []),
	cmdlet('Import-ScpUpdatePack', [{name: 'Path', type: 'string', help: 'Folder.', position: 0}]),
];

function session(): CompletionSession {
	const commands: CommandInfo[] = [
		...defs.map(def => ({name: def.name, commandType: 'Cmdlet' as const, def, source: ''})),
		{name: 'gcomp', commandType: 'Alias', definition: 'Get-Component', source: ''},
		{name: '?', commandType: 'Alias', definition: 'Where-Object', source: ''},
	];
	const byName = new Map(commands.map(c => [c.name.toLowerCase(), c]));
	return {
		listCommands: () => commands,
		resolveCommand: (name: string) => {
			const c = byName.get(name.toLowerCase());
			if (c?.commandType === 'Alias') return byName.get(c.definition!.toLowerCase());
			return c;
		},
		listVariables: () => [
			{name: 'ErrorActionPreference', value: 'Continue'},
			{name: 'comp', value: [1, 2]},
			{name: 'ConfirmPreference', value: 'High'},
			{name: 'weird name', value: 1},
		],
	};
}

const texts = (line: string, cursor = line.length) => complete(session(), line, cursor).candidates.map(c => c.text);

test('command names complete by prefix, exact prefix first', () => {
	const r = complete(session(), 'Get-Sc', 6);
	assert.equal(r.replaceStart, 0);
	assert.equal(r.replaceEnd, 6);
	assert.deepEqual(r.candidates.slice(0, 2).map(c => c.text), ['Get-ScpStatus', 'Get-ScpUpdate']);
	assert.equal(r.candidates[0]!.kind, 'Command');
	assert.equal(r.candidates[0]!.description, 'Get-ScpStatus synopsis');
});

test('command completion is case-insensitive and includes aliases', () => {
	assert.equal(texts('get-scps')[0], 'Get-ScpStatus');
	assert.equal(texts('gco')[0], 'gcomp');
});

test('fuzzy matches follow the prefix matches', () => {
	const list = texts('ScpStatus');
	assert.ok(list.includes('Get-ScpStatus'), list.join(','));
	const r = rank([{text: 'Get-ScpStatus'}, {text: 'Set-ScpMode'}, {text: 'Get-Site'}], 'Set');
	assert.equal(r[0]!.text, 'Set-ScpMode');
});

test('a command after a pipe, a semicolon, a brace or an assignment', () => {
	assert.equal(texts('Get-Component | Whe')[0], 'Where-Object');
	assert.equal(texts('$x = 1; Get-ScpS')[0], 'Get-ScpStatus');
	assert.equal(texts('if ($true) { Set-Sc')[0], 'Set-ScpMode');
	assert.equal(texts('$s = Get-ScpSt')[0], 'Get-ScpStatus');
	assert.equal(texts('& Get-ScpSt')[0], 'Get-ScpStatus');
});

test('the whole word under the cursor is replaced', () => {
	const r = complete(session(), 'Get-ScXYZ -Foo', 6);
	assert.equal(r.replaceStart, 0);
	assert.equal(r.replaceEnd, 9);
});

test('parameter names after a dash, including common ones', () => {
	const r = complete(session(), 'Set-ScpMode -Mo', 15);
	assert.equal(r.replaceStart, 12);
	assert.equal(r.candidates[0]!.text, '-Mode');
	assert.equal(r.candidates[0]!.kind, 'Parameter');
	const all = texts('Set-ScpMode -');
	assert.deepEqual(all.slice(0, 3), ['-Mode', '-WhatIf', '-Confirm']);
	assert.ok(all.includes('-ErrorAction'));
	assert.ok(texts('Get-ScpStatus -Err').includes('-ErrorAction'));
	assert.ok(texts('Get-ScpStatus -Err').includes('-ErrorVariable'));
});

test('parameters already bound are not offered again', () => {
	const list = texts('Restart-Component -NoWait -');
	assert.ok(!list.includes('-NoWait'));
	assert.ok(list.includes('-Name'));
});

test('parameters through an alias', () => {
	assert.equal(texts('gcomp -Na')[0], '-Name');
});

test('ValidateSet values after the parameter, with and without a prefix', () => {
	assert.deepEqual(texts('Set-ScpMode -Mode '), ['Online', 'Offline']);
	const r = complete(session(), 'Set-ScpMode -Mode Of', 20);
	assert.equal(r.replaceStart, 18);
	assert.deepEqual(r.candidates.map(c => c.text), ['Offline']);
	assert.equal(r.candidates[0]!.kind, 'Value');
	assert.deepEqual(texts('Set-ScpMode -Mode of'), ['Offline']);
	assert.deepEqual(texts('set-scpmode -mo o'), ['Online', 'Offline']);
});

test('values for positional parameters', () => {
	assert.deepEqual(texts('Set-ScpMode Of'), ['Offline']);
	assert.equal(texts('Restart-Component SMS_DMP_D')[0], 'SMS_DMP_DOWNLOADER');
	assert.equal(texts('Restart-Component DOWNLOADER')[0], 'SMS_DMP_DOWNLOADER', 'fuzzy when no prefix matches');
	assert.deepEqual(texts('Get-SiteLog dmp'), ['dmpdownloader.log']);
	assert.ok(texts('Restart-Component -NoWait SMS_EX').includes('SMS_EXECUTIVE'));
});

test('values from complete(session) for a named parameter', () => {
	assert.deepEqual(texts('Restart-Component -SiteCode '), ['PS1', 'CAS']);
	assert.deepEqual(texts('Restart-Component -Name SMS_DMP_DOWNLOADER -SiteCode p'), ['PS1']);
});

test('a value that needs quotes is quoted', () => {
	assert.deepEqual(texts('Reset-SimSite -Scenario cas'), ["'cas hierarchy'"]);
	assert.deepEqual(texts("Reset-SimSite -Scenario 'cas"), ["'cas hierarchy'"]);
	assert.deepEqual(texts('Reset-SimSite -Scenario "cas'), ['"cas hierarchy"']);
	assert.equal(quoteValue("it's"), "'it''s'");
	assert.equal(quoteValue('plain'), 'plain');
});

test('-Name:value completes after the colon', () => {
	const r = complete(session(), 'Set-ScpMode -Mode:On', 20);
	assert.equal(r.replaceStart, 18);
	assert.deepEqual(r.candidates.map(c => c.text), ['Online']);
});

test('a completer that throws offers nothing', () => {
	assert.deepEqual(texts('Get-Component SMS'), []);
});

test('variables after $', () => {
	const r = complete(session(), 'Get-ScpStatus -ErrorVariable $Err', 33);
	assert.equal(r.replaceStart, 29);
	assert.equal(r.candidates[0]!.text, '$ErrorActionPreference');
	assert.equal(r.candidates[0]!.kind, 'Variable');
	assert.ok(texts('$').includes('$comp'));
	assert.ok(texts('$').includes('${weird name}'));
	assert.equal(texts('$co')[0], '$comp');
	assert.equal(texts('$conf')[0], '$ConfirmPreference');
});

test('nothing for a quoted or numeric first word, nor for an unknown command\'s parameters', () => {
	assert.deepEqual(texts("'Get"), []);
	assert.deepEqual(texts('12'), []);
	assert.deepEqual(texts('Get-Nothing -Na'), []);
});

test('files where a parameter has no value list', () => {
	const r = complete(session(), 'Import-ScpUpdatePack pack', 25);
	assert.ok(r.candidates.some(c => c.text === 'package.json' && c.kind === 'File'), JSON.stringify(r.candidates));
	assert.ok(texts('Import-ScpUpdatePack src/en').some(t => t.startsWith('src/engine')));
});

test('the cursor in the middle of the line completes the word there', () => {
	const line = 'Set-ScpMode -Mode Of | Where-Object';
	const r = complete(session(), line, 20);
	assert.equal(r.replaceStart, 18);
	assert.equal(r.replaceEnd, 20);
	assert.deepEqual(r.candidates.map(c => c.text), ['Offline']);
});

test('the cursor out of range is clamped', () => {
	assert.equal(complete(session(), 'Get-Sc', 99).candidates[0]!.text, 'Get-ScpStatus');
});

test('against the real command table and site: commands, ValidateSet values, component names, variables', async () => {
	const {Runtime} = await import('../../src/engine/runtime.ts');
	const {allCommands} = await import('../../commands/index.ts');
	const {Site} = await import('../../src/site/index.ts');
	const {captureHost} = await import('../helpers/run.ts');
	const rt = new Runtime({host: captureHost().host, commands: allCommands, site: Site.create('default')});
	const first = (line: string) => complete(rt, line, line.length).candidates[0]?.text;
	assert.equal(first('Get-Sc'), 'Get-ScpStatus');
	assert.equal(first('Set-ScpMode -Mo'), '-Mode');
	assert.equal(first('Set-ScpMode -Mode Of'), 'Offline');
	assert.equal(first('Restart-Component -Name SMS_DMP_D'), 'SMS_DMP_DOWNLOADER');
	assert.equal(first('Restart-Component SMS_EXEC'), 'SMS_EXECUTIVE');
	assert.equal(first('$ErrorAct'), '$ErrorActionPreference');
});
