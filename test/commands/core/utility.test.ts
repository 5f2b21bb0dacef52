// Write-Progress, Read-Host, New-TimeSpan, New-Guid, Compare-Object, Tee-Object, Select-String, ConvertFrom-Csv and
// Import-Csv, run through a real shell over a simulated site: exact outputs, as a script would see them.

import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {newShell, runOnSite} from '../../helpers/site-run.ts';
import {normalizeOutput} from '../../helpers/run.ts';
import type {Host, ProgressRecord} from '../../../src/host/host.ts';

const out = async (text: string, shell = newShell()): Promise<string> => normalizeOutput((await runOnSite(text, shell)).stdout);

/** Runs `text` with the current location in a fresh temporary folder, so files land there. */
async function inTemp(text: string, shell = newShell()): Promise<{stdout: string; stderr: string; dir: string}> {
	const dir = mkdtempSync(join(tmpdir(), 'scpsh-utility-'));
	try {
		const r = await runOnSite(`Set-Location '${dir}'\n${text}`, shell);
		return {stdout: normalizeOutput(r.stdout), stderr: r.stderr, dir};
	} finally {
		rmSync(dir, {recursive: true, force: true});
	}
}

describe('Write-Progress', () => {
	it('sends a record to the host and writes nothing', async () => {
		const shell = newShell();
		const records: ProgressRecord[] = [];
		shell.cap.host.writeProgress = r => void records.push(r);
		const r = await runOnSite("Write-Progress 'Copying' -Status 'Half' -PercentComplete 50 -Id 2 -CurrentOperation 'file 3'\nWrite-Progress -Activity Copying -Completed", shell);
		assert.equal(r.stdout, '');
		assert.deepEqual(records[0], {activity: 'Copying', status: 'Half', percentComplete: 50, completed: false, id: 2, parentId: -1, secondsRemaining: -1, currentOperation: 'file 3'});
		assert.equal(records[1]!.completed, true);
		assert.equal(records[1]!.status, 'Processing');
	});

	it('sends nothing when $ProgressPreference is SilentlyContinue', async () => {
		const shell = newShell();
		const records: ProgressRecord[] = [];
		shell.cap.host.writeProgress = r => void records.push(r);
		await runOnSite("$ProgressPreference = 'SilentlyContinue'; Write-Progress -Activity x -PercentComplete 10", shell);
		assert.equal(records.length, 0);
	});

	it('rejects a percentage over 100', async () => {
		const r = await runOnSite('Write-Progress -Activity x -PercentComplete 101');
		assert.match(r.stderr, /PercentComplete/);
	});
});

describe('Read-Host', () => {
	it('fails as pwsh -NonInteractive does when nobody can answer', async () => {
		const r = await runOnSite("Read-Host -Prompt 'Site code'\n$Error[0].FullyQualifiedErrorId\n$Error[0].CategoryInfo.Category");
		assert.match(r.stderr, /PowerShell is in NonInteractive mode\. Read and Prompt functionality is not available\./);
		assert.equal(normalizeOutput(r.stdout), 'System.InvalidOperationException,Microsoft.PowerShell.Commands.ReadHostCommand\nInvalidOperation');
	});

	it('returns what the person types, with the prompt text', async () => {
		const shell = newShell();
		const asked: string[] = [];
		Object.defineProperty(shell.cap.host, 'interactive', {value: true});
		const host = shell.cap.host as unknown as Host;
		host.prompt = async (_caption: string, _message: string, field: string) => (asked.push(field), 'PS1');
		assert.equal(await out("$s = Read-Host 'Site code' -AsSecureString; \"[$s]\"", shell), '[PS1]');
		assert.deepEqual(asked, ['Site code']);
	});
});

describe('New-TimeSpan', () => {
	it('adds up its parts', async () => {
		assert.equal(await out('(New-TimeSpan -Days 1 -Hours 2 -Minutes 3 -Seconds 4 -Milliseconds 5).ToString()'), '1.02:03:04.0050000');
	});

	it('measures from -Start to -End, negative when reversed', async () => {
		assert.equal(await out("(New-TimeSpan -Start '2025-03-01' -End '2025-03-15 12:00').TotalHours\n(New-TimeSpan '2025-03-02' '2025-03-01').TotalDays"), '348\n-1');
	});

	it('ends at the simulated now by default', async () => {
		assert.equal(await out('$t = Get-Date; Step-SimClock 90m; (New-TimeSpan -Start $t).TotalMinutes; (New-TimeSpan).Ticks'), '90\n0');
	});

	it('returns a TimeSpan', async () => {
		assert.equal(await out('(New-TimeSpan -Minutes 5).GetType().FullName'), 'System.TimeSpan');
	});
});

describe('New-Guid', () => {
	it('makes version 4 GUIDs, the same ones for the same seed', async () => {
		const text = 'Get-Random -SetSeed 7 | Out-Null; New-Guid; New-Guid';
		const a = (await out(text)).split('\n').slice(-2);
		const b = (await out(text)).split('\n').slice(-2);
		assert.deepEqual(a, b);
		assert.notEqual(a[0], a[1]);
		for (const g of a) assert.match(g, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
	});

	it('returns a Guid, or the empty one', async () => {
		assert.equal(await out('(New-Guid).GetType().FullName; (New-Guid -Empty).ToString()'), 'System.Guid\n00000000-0000-0000-0000-000000000000');
	});
});

describe('Compare-Object', () => {
	it('writes the differences with their side, difference set first', async () => {
		assert.equal(
			await out("Compare-Object 'a', 'b', 'c' 'b', 'c', 'd'"),
			'InputObject SideIndicator\n----------- -------------\nd           =>\na           <=',
		);
	});

	it('includes equal objects, ignoring case unless told', async () => {
		assert.equal(await out("Compare-Object 'a', 'B' 'b' -IncludeEqual | ForEach-Object { $_.InputObject + $_.SideIndicator }"), 'b==\na<=');
		assert.equal(await out("Compare-Object 'a', 'B' 'b' -CaseSensitive | ForEach-Object { $_.InputObject + $_.SideIndicator }"), 'b=>\na<=\nB<=');
	});

	it('shows only the equal objects with -ExcludeDifferent', async () => {
		assert.equal(await out('Compare-Object 1, 2, 3 2, 3, 4 -ExcludeDifferent | ForEach-Object { "$($_.InputObject)$($_.SideIndicator)" }'), '2==\n3==');
	});

	it('compares on properties and outputs them', async () => {
		const text =
			"$a = [pscustomobject]@{N='x'; V=1; W=5}, [pscustomobject]@{N='y'; V=2; W=6}\n" +
			"$b = [pscustomobject]@{N='x'; V=1; W=7}, [pscustomobject]@{N='y'; V=3; W=6}\n" +
			'Compare-Object $a $b -Property N, V';
		assert.equal(await out(text), 'N V SideIndicator\n- - -------------\ny 3 =>\ny 2 <=');
	});

	it('passes the objects through with -PassThru', async () => {
		assert.equal(await out("$r = [pscustomobject]@{N=1}\nCompare-Object $r @() -PassThru | ForEach-Object { \"$($_.N) $($_.SideIndicator)\" }"), '1 <=');
	});

	it('takes the difference set from the pipeline', async () => {
		assert.equal(await out("'x', 'y' | Compare-Object 'y', 'z' | ForEach-Object { $_.InputObject + $_.SideIndicator }"), 'x=>\nz<=');
	});
});

describe('Tee-Object', () => {
	it('writes the objects on and into a file, as the console shows them', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'scpsh-tee-'));
		try {
			const r = await runOnSite(`Set-Location '${dir}'\n[pscustomobject]@{Name='PS1'; Mode='Online'} | Tee-Object -FilePath t.txt | ForEach-Object Name`);
			assert.equal(normalizeOutput(r.stdout), 'PS1');
			assert.equal(normalizeOutput(readFileSync(join(dir, 't.txt'), 'utf8')), 'Name Mode\n---- ----\nPS1  Online');
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	});

	it('appends with -Append', async () => {
		const r = await inTemp("'a' | Tee-Object f.txt | Out-Null\n'b' | tee f.txt -Append | Out-Null\nGet-Content f.txt");
		assert.equal(r.stdout, 'a\nb');
	});

	it('keeps one object as itself and several as an array in -Variable', async () => {
		assert.equal(await out("'x' | Tee-Object -Variable one | Out-Null; 1..3 | Tee-Object -Variable many | Out-Null\n$one.GetType().Name; $many.Count"), 'String\n3');
	});
});

describe('Select-String', () => {
	it('finds lines in a file and prints them as file:line:text', async () => {
		const r = await inTemp("Set-Content s.log -Value 'ok', 'ERROR one', 'fine', 'error two'\nSelect-String -Path s.log -Pattern error");
		assert.equal(r.stdout, 's.log:2:ERROR one\ns.log:4:error two');
	});

	it('gives MatchInfo properties for piped text', async () => {
		const text = "'alpha', 'bet', 'gamma' | Select-String 'a$' | ForEach-Object { \"$($_.LineNumber) $($_.Line) $($_.Path) $($_.Pattern) $($_.Matches[0].Value)\" }";
		assert.equal(await out(text), '1 alpha InputStream a$ a\n3 gamma InputStream a$ a');
	});

	it('prints piped matches as the line', async () => {
		assert.equal(await out("'one', 'two', 'three' | sls 'o'"), 'one\ntwo');
	});

	it('honours -CaseSensitive, -NotMatch, -SimpleMatch and -AllMatches', async () => {
		assert.equal(await out("'Abc', 'abc' | Select-String -CaseSensitive 'a' | ForEach-Object Line"), 'abc');
		assert.equal(await out("'a1', 'b2' | Select-String -NotMatch 'a' | ForEach-Object Line"), 'b2');
		assert.equal(await out("'a.b', 'axb' | Select-String -SimpleMatch '.' | ForEach-Object Line"), 'a.b');
		assert.equal(await out("'x1x2x3' | Select-String 'x\\d' -AllMatches | ForEach-Object { $_.Matches.Count }"), '3');
	});

	it('answers True or False with -Quiet', async () => {
		assert.equal(await out("'a', 'b' | Select-String z -Quiet; 'a', 'b' | Select-String b -Quiet"), 'False\nTrue');
	});

	it('searches the files a wildcard matches', async () => {
		const r = await inTemp("Set-Content a.log 'hit a'\nSet-Content b.log 'miss'\nSet-Content c.txt 'hit c'\nSelect-String -Path *.log -Pattern hit | ForEach-Object Filename");
		assert.equal(r.stdout, 'a.log');
	});

	it('searches a piped file object as a file', async () => {
		const r = await inTemp("New-Item n.log -ItemType File -Value \"x`nhit here\" | Select-String hit");
		assert.equal(r.stdout, 'n.log:2:hit here');
	});

	it('writes just the lines with -Raw and stops at the first with -List', async () => {
		assert.equal(await out("'a1', 'a2' | Select-String a -Raw | ForEach-Object { $_.GetType().Name + ' ' + $_ }"), 'String a1\nString a2');
		assert.equal(await out("'a1', 'a2' | Select-String a -List | ForEach-Object Line"), 'a1');
	});

	it('reports a missing file and a bad pattern', async () => {
		const missing = await inTemp('Select-String -Path nope.txt -Pattern x');
		assert.match(missing.stderr, /Cannot find path '.*nope\.txt' because it does not exist\./);
		const bad = await runOnSite("'a' | Select-String '('");
		assert.match(bad.stderr, /is not a valid regular expression/);
	});
});

describe('ConvertFrom-Csv', () => {
	it('parses quoted fields: delimiters, doubled quotes and line breaks', async () => {
		const text = "$c = @'\nName,Note\n\"a\",\"x, \"\"y\"\"\"\nb,\"line1\nline2\"\n'@\n$c | ConvertFrom-Csv | ForEach-Object { \"$($_.Name)=[$($_.Note)]\" }";
		assert.equal(await out(text), 'a=[x, "y"]\nb=[line1\nline2]');
	});

	it('uses -Header and -Delimiter, and leaves missing values $null', async () => {
		assert.equal(await out("'1;2', '3' | ConvertFrom-Csv -Delimiter ';' -Header A, B | ForEach-Object { \"$($_.A)-$($null -eq $_.B)\" }"), '1-False\n3-True');
	});

	it('skips blank lines and names empty headers H1, H2...', async () => {
		assert.equal(await out("',x', '', '1,2' | ConvertFrom-Csv | ForEach-Object { \"$($_.H1) $($_.x)\" }"), '1 2');
	});

	it('rejects a delimiter of more than one character', async () => {
		const r = await runOnSite("'a' | ConvertFrom-Csv -Delimiter ';;'");
		assert.match(r.stderr, /single character/);
	});
});

describe('Import-Csv', () => {
	it('reads back what Export-Csv wrote', async () => {
		const r = await inTemp("[pscustomobject]@{Site='PS1'; N=1}, [pscustomobject]@{Site='CS1'; N=2} | Export-Csv s.csv\nImport-Csv s.csv");
		assert.equal(r.stdout, 'Site N\n---- -\nPS1  1\nCS1  2');
	});

	it('reports a missing file and goes on', async () => {
		const r = await inTemp("Set-Content ok.csv 'a', '1'\nImport-Csv nope.csv, ok.csv | ForEach-Object a");
		assert.equal(r.stdout, '1');
		assert.match(r.stderr, /Cannot find path '.*nope\.csv' because it does not exist\./);
	});
});
