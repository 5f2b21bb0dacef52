import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {PSTimeSpan} from '../../src/engine/values.ts';
import {findView, registerView} from '../../src/format/views.ts';
import {historyDuration} from '../../src/format/views/shell.ts';
import {obj, outDefault, rec} from './helpers.ts';

const trimmed = (lines: string[]): string[] => lines.map(l => l.trimEnd());

describe('view registry', () => {
	it('finds the default view by any of the type names, case-insensitively', () => {
		assert.equal(findView(['scpsh.component'])?.kind, 'table');
		assert.equal(findView(['Nope', 'Scpsh.ScpStatus'])?.kind, 'list');
		assert.equal(findView(['System.Management.Automation.PSCustomObject']), undefined);
	});

	it('takes new views as data', () => {
		registerView({typeName: 'Test.Thing', kind: 'list', columns: [{label: 'Twice', expression: o => 2 * ((o as any).get('n') as number)}]});
		assert.deepEqual(outDefault([rec('Test.Thing', {n: 4})]), ['', 'Twice : 8', '']);
	});
});

describe('shell views', () => {
	it('shows commands and aliases as pwsh does, the alias as `gal -> Get-Alias`', () => {
		const lines = outDefault(
			[
				rec('System.Management.Automation.AliasInfo', {CommandType: 'Alias', Name: '?', Definition: 'Where-Object', Version: '', Source: ''}),
				rec('System.Management.Automation.AliasInfo', {CommandType: 'Alias', Name: 'gal', Definition: 'Get-Alias'}),
			],
			{width: 120},
		);
		assert.deepEqual(trimmed(lines), [
			'',
			'CommandType     Name                                               Version    Source',
			'-----------     ----                                               -------    ------',
			'Alias           ? -> Where-Object',
			'Alias           gal -> Get-Alias',
			'',
		]);
	});

	it('shows Get-Command output with version and source', () => {
		const lines = outDefault(
			[rec('System.Management.Automation.CmdletInfo', {CommandType: 'Cmdlet', Name: 'Get-ScpStatus', Version: '0.1.0', Source: 'Scpsh'})],
			{width: 120},
		);
		assert.equal(lines[3], 'Cmdlet          Get-ScpStatus                                      0.1.0      Scpsh');
	});

	it('shows history with pwsh durations', () => {
		const lines = outDefault([
			rec('Microsoft.PowerShell.Commands.HistoryInfo', {Id: 1, CommandLine: 'Get-ScpStatus', Duration: new PSTimeSpan(12)}),
			rec('Microsoft.PowerShell.Commands.HistoryInfo', {Id: 12, CommandLine: 'Step-SimClock -Duration 1d', Duration: new PSTimeSpan(75_250)}),
		]);
		assert.deepEqual(lines, [
			'',
			'  Id     Duration CommandLine',
			'  --     -------- -----------',
			'   1        0.012 Get-ScpStatus',
			'  12     1:15.250 Step-SimClock -Duration 1d',
			'',
		]);
		assert.equal(historyDuration(new PSTimeSpan(2 * 3_600_000 + 3 * 60_000 + 4000)), '2:03:04');
		assert.equal(historyDuration(new PSTimeSpan(26 * 3_600_000 + 5000)), '26:00:05');
	});

	it('shows Group-Object output as Count, Name, Group', () => {
		const lines = outDefault([
			rec('Microsoft.PowerShell.Commands.GroupInfo', {Count: 2, Name: 'Running', Group: [obj({Name: 'A'}), obj({Name: 'B'})]}),
		]);
		assert.deepEqual(lines, [
			'',
			'Count Name                      Group',
			'----- ----                      -----',
			'    2 Running                   {@{Name=A}, @{Name=B}}',
			'',
		]);
	});

	it('shows Measure-Object output as a list with blank values for what was not measured', () => {
		const lines = outDefault([
			rec('Microsoft.PowerShell.Commands.GenericMeasureInfo', {
				Count: 3,
				Average: null,
				Sum: 6,
				Maximum: null,
				Minimum: null,
				StandardDeviation: null,
				Property: null,
			}),
		]);
		assert.deepEqual(trimmed(lines), [
			'',
			'Count             : 3',
			'Average           :',
			'Sum               : 6',
			'Maximum           :',
			'Minimum           :',
			'StandardDeviation :',
			'Property          :',
			'',
		]);
	});

	it('shows variables as Name / Value', () => {
		const lines = outDefault([rec('System.Management.Automation.PSVariable', {Name: 'siteCode', Value: 'PS1', Options: 'None'})]);
		assert.deepEqual(lines.slice(1, 4), ['Name                           Value', '----                           -----', 'siteCode                       PS1']);
	});
});
