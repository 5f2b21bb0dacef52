import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import type {CmdletDef} from '../../src/engine/command.ts';
import {exampleTitle, renderAbout, renderHelp} from '../../src/format/help.ts';
import {syntaxLines} from '../../src/format/syntax.ts';

const setScpMode: CmdletDef = {
	name: 'Set-ScpMode',
	synopsis: 'Sets the mode of the service connection point.',
	description: 'Sets the mode. The change takes effect when SMS_DMP_DOWNLOADER next starts.',
	supportsShouldProcess: true,
	parameters: [
		{name: 'Mode', type: 'string', mandatory: true, position: 0, validateSet: ['Online', 'Offline'], help: 'The mode to set.'},
		{name: 'PassThru', type: 'switch', help: 'Writes the new status.'},
	],
	outputs: ['Scpsh.ScpStatus'],
	examples: [{title: 'Go offline', code: 'Set-ScpMode -Mode Offline', remarks: 'Sets the mode to offline.'}],
	related: ['Get-ScpStatus'],
};

const getComponent: CmdletDef = {
	name: 'Get-Component',
	synopsis: 'Gets component threads.',
	description: 'Gets the components.',
	parameters: [
		{name: 'Name', type: 'string[]', position: 0, acceptsWildcards: true, valueFromPipelineByPropertyName: true, help: 'Names.'},
		{name: 'SiteCode', type: 'string', help: 'The site.'},
	],
	examples: [],
};

const addScpRole: CmdletDef = {
	name: 'Add-ScpRole',
	synopsis: 'Adds the role.',
	description: 'Adds the role.',
	defaultParameterSet: 'ByName',
	parameters: [
		{name: 'ServerName', type: 'string', mandatory: true, sets: ['ByName'], help: 'Server.'},
		{name: 'InputObject', type: 'object', mandatory: true, valueFromPipeline: true, sets: ['ByObject'], help: 'A site system.'},
		{name: 'SiteCode', type: 'string', position: 0, mandatory: true, help: 'Site.'},
		{name: 'Mode', type: 'string', validateSet: ['Online', 'Offline'], help: 'Mode.'},
		{name: 'Force', type: 'switch', help: 'Force.'},
		{name: 'Legacy', type: 'string', hidden: true, help: 'Hidden.'},
	],
	examples: [],
};

describe('syntax lines', () => {
	it('shows a positional mandatory parameter with its set of values, then -WhatIf and -Confirm', () => {
		assert.deepEqual(syntaxLines(setScpMode), ['Set-ScpMode [-Mode] {Online | Offline} [-PassThru] [-WhatIf] [-Confirm] [<CommonParameters>]']);
	});

	it('brackets optional positional parameters twice and named ones once', () => {
		assert.deepEqual(syntaxLines(getComponent), ['Get-Component [[-Name] <string[]>] [-SiteCode <string>] [<CommonParameters>]']);
	});

	it('writes one line per set, the default first: positional, mandatory named, optional named', () => {
		assert.deepEqual(syntaxLines(addScpRole), [
			'Add-ScpRole [-SiteCode] <string> -ServerName <string> [-Mode {Online | Offline}] [-Force] [<CommonParameters>]',
			'Add-ScpRole [-SiteCode] <string> -InputObject <Object> [-Mode {Online | Offline}] [-Force] [<CommonParameters>]',
		]);
	});
});

describe('syntax of functions', () => {
	it('shows a [type] constraint by its short name', () => {
		const def: CmdletDef = {
			name: 'Test-Thing',
			synopsis: '',
			description: '',
			examples: [],
			parameters: [
				{name: 'Path', type: 'object', typeName: 'System.IO.FileInfo', position: 0, help: ''},
				{name: 'Count', type: 'object', typeName: 'System.Int32[]', help: ''},
			],
		};
		assert.deepEqual(syntaxLines(def), ['Test-Thing [[-Path] <FileInfo>] [-Count <int[]>] [<CommonParameters>]']);
	});
});

describe('help layout', () => {
	it('prints NAME, SYNOPSIS, SYNTAX, DESCRIPTION, RELATED LINKS, ALIASES and REMARKS by default', () => {
		assert.deepEqual(renderHelp(setScpMode, {}, ['ssm']), [
			'',
			'NAME',
			'    Set-ScpMode',
			'',
			'SYNOPSIS',
			'    Sets the mode of the service connection point.',
			'',
			'',
			'SYNTAX',
			'    Set-ScpMode [-Mode] {Online | Offline} [-PassThru] [-WhatIf] [-Confirm] [<CommonParameters>]',
			'',
			'',
			'DESCRIPTION',
			'    Sets the mode. The change takes effect when SMS_DMP_DOWNLOADER next starts.',
			'',
			'',
			'RELATED LINKS',
			'    Get-ScpStatus',
			'',
			'ALIASES',
			'    ssm',
			'',
			'REMARKS',
			'    To see the examples, type: "Get-Help Set-ScpMode -Examples"',
			'    For more information, type: "Get-Help Set-ScpMode -Detailed"',
			'    For technical information, type: "Get-Help Set-ScpMode -Full"',
			'',
		]);
	});

	it('lists parameters alphabetically with their attribute blocks in -Full', () => {
		const lines = renderHelp(setScpMode, {full: true}, []);
		const start = lines.indexOf('PARAMETERS');
		assert.deepEqual(lines.slice(start, start + 9), [
			'PARAMETERS',
			'    -Confirm [<SwitchParameter>]',
			'        Prompts you for confirmation before running the cmdlet.',
			'',
			'        Required?                    false',
			'        Position?                    named',
			'        Default value                False',
			'        Accept pipeline input?       False',
			'        Accept wildcard characters?  false',
		]);
		const mode = lines.indexOf('    -Mode <string>');
		assert.deepEqual(lines.slice(mode, mode + 8), [
			'    -Mode <string>',
			'        The mode to set.',
			'',
			'        Required?                    true',
			'        Position?                    0',
			'        Default value                None',
			'        Accept pipeline input?       False',
			'        Accept wildcard characters?  false',
		]);
		assert.ok(lines.includes('    <CommonParameters>'));
		assert.ok(lines.includes('OUTPUTS'));
		assert.ok(lines.includes('    -------------------- Example 1: Go offline --------------------'));
		assert.ok(!lines.includes('REMARKS'));
	});

	it('shows the examples with -Examples', () => {
		assert.deepEqual(renderHelp(setScpMode, {examples: true}, []), [
			'',
			'NAME',
			'    Set-ScpMode',
			'',
			'SYNOPSIS',
			'    Sets the mode of the service connection point.',
			'',
			'',
			'    -------------------- Example 1: Go offline --------------------',
			'',
			'    Set-ScpMode -Mode Offline',
			'',
			'    Sets the mode to offline.',
			'',
		]);
	});

	it('shows one parameter with -Parameter, wildcards allowed', () => {
		assert.deepEqual(renderHelp(getComponent, {parameter: 'Na*'}, []), [
			'',
			'-Name <string[]>',
			'    Names.',
			'',
			'    Required?                    false',
			'    Position?                    0',
			'    Default value                None',
			'    Accept pipeline input?       True (ByPropertyName)',
			'    Accept wildcard characters?  true',
			'',
		]);
		assert.deepEqual(renderHelp(getComponent, {parameter: 'Nope'}, []), []);
	});

	it('describes parameters without attribute blocks in -Detailed', () => {
		const lines = renderHelp(getComponent, {detailed: true}, []);
		const start = lines.indexOf('PARAMETERS');
		assert.deepEqual(lines.slice(start, start + 7), ['PARAMETERS', '    -Name <string[]>', '        Names.', '', '    -SiteCode <string>', '        The site.', '']);
	});

	it('wraps long text to the width', () => {
		const def = {...getComponent, description: 'word '.repeat(30).trim()};
		const lines = renderHelp(def, {width: 40}, []);
		const start = lines.indexOf('DESCRIPTION');
		assert.ok(lines.slice(start + 1, start + 5).every(l => l.length <= 40 && l.startsWith('    word')));
	});

	it('centres example titles in dashes as PlatyPS does', () => {
		assert.equal(exampleTitle(1, undefined), '-------------------------- Example 1 --------------------------');
		assert.equal(exampleTitle(2, 'x'.repeat(60)), 'Example 2: ' + 'x'.repeat(60));
	});
});

describe('about topics', () => {
	it('prints the text as written', () => {
		assert.deepEqual(renderAbout('about_Scp', 'TOPIC\n    about_Scp\n\nSHORT DESCRIPTION\n    The SCP.\n'), [
			'TOPIC',
			'    about_Scp',
			'',
			'SHORT DESCRIPTION',
			'    The SCP.',
		]);
	});
});
