import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {parseArgs, UsageError} from '../../src/cli/args.ts';
import {helpText, usageLine} from '../../src/cli/help.ts';
import {FLAGS, longForm} from '../../src/cli/flags.ts';

describe('launcher flags', () => {
	it('take pwsh names, case-insensitively', () => {
		const o = parseArgs(['-NONINTERACTIVE', '-noprofile', '-NoLogo', '-Scenario', 'offline', '-lab', 'airgap', '-OutputFormat', 'json']);
		assert.equal(o.nonInteractive, true);
		assert.equal(o.noProfile, true);
		assert.equal(o.noLogo, true);
		assert.equal(o.scenario, 'offline');
		assert.equal(o.lab, 'airgap');
		assert.equal(o.outputFormat, 'Json');
	});

	it("take pwsh's short forms and any unambiguous prefix", () => {
		assert.equal(parseArgs(['-c', '1+1']).command, '1+1');
		assert.equal(parseArgs(['-f', 'x.ps1']).file, 'x.ps1');
		assert.equal(parseArgs(['-nop']).noProfile, true);
		assert.equal(parseArgs(['-noni']).nonInteractive, true);
		assert.equal(parseArgs(['-nol']).noLogo, true);
		assert.equal(parseArgs(['-o', 'Json']).outputFormat, 'Json');
		assert.equal(parseArgs(['-of', 'text']).outputFormat, 'Text');
		assert.equal(parseArgs(['-Eph']).ephemeral, true);
		assert.equal(parseArgs(['-Sc', 'intune']).scenario, 'intune');
		assert.equal(parseArgs(['-Comm', 'x']).command, 'x');
		assert.equal(parseArgs(['-v']).version, true);
		assert.equal(parseArgs(['-?']).help, true);
		assert.equal(parseArgs(['-h']).help, true);
	});

	it('take GNU long forms, with = or a separate value', () => {
		const o = parseArgs(['--no-profile', '--non-interactive', '--output-format=json', '--lab=two', '--scenario', 'large']);
		assert.deepEqual([o.noProfile, o.nonInteractive, o.outputFormat, o.lab, o.scenario], [true, true, 'Json', 'two', 'large']);
		assert.equal(parseArgs(['--version']).version, true);
		assert.equal(parseArgs(['--help']).help, true);
		assert.equal(parseArgs(['--command', 'Get-ScpStatus']).command, 'Get-ScpStatus');
		assert.equal(parseArgs(['--ephemeral']).ephemeral, true);
	});

	it("take pwsh's colon form, and switch values", () => {
		assert.equal(parseArgs(['-Lab:two']).lab, 'two');
		assert.equal(parseArgs(['-File:C:\\x.ps1']).file, 'C:\\x.ps1');
		assert.equal(parseArgs(['-NoProfile:$false']).noProfile, false);
		assert.equal(parseArgs(['-NoProfile:$true']).noProfile, true);
		assert.throws(() => parseArgs(['-NoProfile:maybe']), UsageError);
	});

	it('make the rest of the line the command, as pwsh does', () => {
		const o = parseArgs(['-NoProfile', '-c', 'Get-Component', '-Name', 'SMS_*']);
		assert.equal(o.command, 'Get-Component -Name SMS_*');
		assert.equal(o.noProfile, true);
		assert.equal(parseArgs(['-c', '-']).command, '-');
	});

	it('give a script its arguments', () => {
		const o = parseArgs(['-File', 'run.ps1', 'a', '-b', 'c']);
		assert.equal(o.file, 'run.ps1');
		assert.deepEqual(o.scriptArgs, ['a', '-b', 'c']);
		const bare = parseArgs(['-nop', 'run.ps1', 'x']);
		assert.equal(bare.file, 'run.ps1');
		assert.deepEqual(bare.scriptArgs, ['x']);
		assert.equal(parseArgs(['-']).file, '-');
		const dashed = parseArgs(['--', '-odd.ps1', 'y']);
		assert.equal(dashed.file, '-odd.ps1');
		assert.deepEqual(dashed.scriptArgs, ['y']);
	});

	it('refuse unknown, ambiguous and malformed flags with a message', () => {
		const cases: [string[], RegExp][] = [
			[['-Bogus'], /Unknown parameter '-Bogus'/],
			[['--bogus=1'], /Unknown parameter '--bogus'/],
			[['-n'], /ambiguous.*-NonInteractive -NoProfile -NoLogo/],
			[['-no'], /ambiguous/],
			[['-Lab'], /Missing an argument for parameter '-Lab'/],
			[['-OutputFormat', 'xml'], /Cannot use 'xml' for -OutputFormat. Valid values are: Text, Json/],
			[['-c', 'x', '-f'], /$^/],
			[['-f', 'a.ps1', '-c', 'x'], /$^/],
			[['-Lab', 'x', '-Ephemeral'], /either -Lab or -Ephemeral/],
			[['-Scenario', ''], /empty/],
			[['--complete', 'abc', 'x'], /cursor position 'x'/],
			[['--complete', 'abc', '9'], /cursor position '9'/],
			[['-Complet', 'x'], /Unknown parameter/],
		];
		for (const [argv, message] of cases) {
			if (message.source === '$^') {
				// A later -f after -c is part of the command text; -c after -f is a script argument.
				assert.doesNotThrow(() => parseArgs(argv));
				continue;
			}
			assert.throws(() => parseArgs(argv), (e: unknown) => e instanceof UsageError && message.test(e.message), argv.join(' '));
		}
	});

	it('parse a completion request', () => {
		assert.deepEqual(parseArgs(['--complete', 'Get-Sc', '6']).complete, {line: 'Get-Sc', cursor: 6});
		assert.deepEqual(parseArgs(['--complete', 'Get-Sc']).complete, {line: 'Get-Sc', cursor: 6});
	});
});

describe('launcher help', () => {
	it('lists every visible flag with its short forms, and examples', () => {
		const text = helpText();
		for (const f of FLAGS.filter(f => !f.hidden)) assert.ok(text.includes(`-${f.name}`), f.name);
		for (const s of ['-c', '-f', '-nop', '-noni', '-nol', '-o', '--version', '--help', '-?', 'Examples:', 'offline, intune']) assert.ok(text.includes(s), s);
		assert.ok(!text.includes('-Complete'));
		assert.ok(usageLine.startsWith('Usage: scpsh [-Command <text>|-]'));
	});

	it('derives GNU long forms from the names', () => {
		assert.equal(longForm('NoProfile'), 'no-profile');
		assert.equal(longForm('OutputFormat'), 'output-format');
		assert.equal(longForm('Lab'), 'lab');
		const sample = {command: 'x', file: 'x.ps1', format: 'json', scenario: 'offline', lab: 'x'} as const;
		for (const f of FLAGS) assert.doesNotThrow(() => parseArgs([`--${longForm(f.name)}`, ...(f.value ? [sample[f.value]] : [])]), f.name);
	});
});
