// The file cmdlets (Out-File, Get-Content, Set-Content, Add-Content, Export-Csv, Test-Path, Join-Path, Split-Path)
// and the redirection operators, which are Out-File under another name. Everything runs in a temporary folder.
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {newShell, runOnSite} from '../../helpers/site-run.ts';

const dir = mkdtempSync(join(tmpdir(), 'scpsh-files-'));
process.chdir(dir);
// Drive letters (D:\USB) map under here, not under the user's home.
process.env.SCPSH_DRIVE_ROOT = join(dir, 'drives');

const lines = (text: string): string[] => text.split('\n').filter(l => l !== '');
const read = (name: string): string => readFileSync(join(dir, name), 'utf8');

describe('redirection', () => {
	it('> writes and >> appends, as Out-File does', async () => {
		const r = await runOnSite("'a' > r1.txt; 'b' >> r1.txt; Get-Content r1.txt");
		assert.deepEqual(lines(r.stdout), ['a', 'b']);
		assert.equal(r.stderr, '');
		assert.equal(read('r1.txt'), 'a\nb\n');
	});

	it('1> and 1>> are the same as > and >>', async () => {
		await runOnSite("'x' 1> r2.txt; 'y' 1>> r2.txt");
		assert.equal(read('r2.txt'), 'x\ny\n');
	});

	it('> replaces what the file held', async () => {
		await runOnSite("'old' > r3.txt; 'new' > r3.txt");
		assert.equal(read('r3.txt'), 'new\n');
	});

	it('redirects a whole pipeline, formatted as the console shows it', async () => {
		await runOnSite("[pscustomobject]@{Name='PS1'; Mode='Online'} | Select-Object Name, Mode > r4.txt");
		const text = read('r4.txt');
		assert.match(text, /Name Mode/);
		assert.match(text, /PS1 {2}Online/);
	});

	it('takes the file name from a variable', async () => {
		const r = await runOnSite("$log = 'r5.txt'; 'one' > $log; 'two' >> $log; (Get-Content $log).Count");
		assert.deepEqual(lines(r.stdout), ['2']);
	});

	it('writes nothing to the console', async () => {
		const r = await runOnSite("'quiet' > r6.txt");
		assert.equal(r.stdout, '');
	});

	it('2>&1 > file sends errors to the file too', async () => {
		const r = await runOnSite("Write-Error 'it broke' 2>&1 > r7.txt");
		assert.equal(r.stderr, '');
		assert.match(read('r7.txt'), /it broke/);
	});

	it('2> file sends only errors to the file', async () => {
		const r = await runOnSite("& { 'out'; Write-Error 'bad' } 2> r8.txt");
		assert.deepEqual(lines(r.stdout), ['out']);
		assert.equal(r.stderr, '');
		assert.match(read('r8.txt'), /bad/);
	});

	it('> $null and 2>$null still discard', async () => {
		const r = await runOnSite("'gone' > $null; Write-Error 'hidden' 2>$null; 'kept'");
		assert.deepEqual(lines(r.stdout), ['kept']);
		assert.equal(r.stderr, '');
	});

	it('2>&1 to the console still works', async () => {
		const r = await runOnSite("$x = Write-Error 'caught' 2>&1; $x.GetType().Name");
		assert.deepEqual(lines(r.stdout), ['ErrorRecord']);
	});

	it('a missing folder is pwsh\'s error', async () => {
		const r = await runOnSite("'q' > nodir/q.txt");
		assert.match(r.stderr, /Could not find a part of the path/);
	});
});

describe('Out-File', () => {
	it('creates the file even with no input, and -Append adds', async () => {
		await runOnSite("@() | Out-File o1.txt; 'a' | Out-File -FilePath o1.txt -Append; 'b' | Out-File -Path o1.txt -Append");
		assert.equal(read('o1.txt'), 'a\nb\n');
	});

	it('-NoClobber refuses a file that exists', async () => {
		const r = await runOnSite("'a' | Out-File o2.txt; 'b' | Out-File o2.txt -NoClobber");
		assert.match(r.stderr, /The file '.*o2\.txt' already exists\./);
		assert.equal(read('o2.txt'), 'a\n');
	});

	it('-NoNewline and -InputObject', async () => {
		await runOnSite("Out-File o3.txt -InputObject 'x' -NoNewline; 'y' | Out-File o3.txt -Append -NoNewline");
		assert.equal(read('o3.txt'), 'xy');
	});

	it('accepts -Encoding and -Width', async () => {
		const r = await runOnSite("'e' | Out-File o4.txt -Encoding ascii -Width 80");
		assert.equal(r.stderr, '');
		assert.equal(read('o4.txt'), 'e\n');
	});

	it('maps drive letters under the drive root', async () => {
		const r = await runOnSite("'usb' | Out-File 'D:\\log.txt'; Get-Content 'D:\\log.txt'");
		assert.deepEqual(lines(r.stdout), ['usb']);
		assert.equal(readFileSync(join(dir, 'drives', 'D', 'log.txt'), 'utf8'), 'usb\n');
	});
});

describe('Get-Content, Set-Content, Add-Content', () => {
	it('Set-Content replaces, Add-Content appends', async () => {
		const r = await runOnSite("Set-Content c1.txt 'a','b'; Set-Content c1.txt 'c'; Add-Content c1.txt 'd'; 'e' | Add-Content c1.txt; Get-Content c1.txt");
		assert.deepEqual(lines(r.stdout), ['c', 'd', 'e']);
	});

	it('-TotalCount, -First, -Tail and -Raw', async () => {
		const shell = newShell();
		await runOnSite("1..5 | Set-Content c2.txt", shell);
		assert.deepEqual(lines((await runOnSite('Get-Content c2.txt -TotalCount 2', shell)).stdout), ['1', '2']);
		assert.deepEqual(lines((await runOnSite('Get-Content c2.txt -First 1', shell)).stdout), ['1']);
		assert.deepEqual(lines((await runOnSite('Get-Content c2.txt -Tail 2', shell)).stdout), ['4', '5']);
		assert.deepEqual(lines((await runOnSite('(Get-Content c2.txt -Raw).Length', shell)).stdout), ['10']);
		assert.deepEqual(lines((await runOnSite('(Get-Content c2.txt)[0].GetType().Name', shell)).stdout), ['String']);
	});

	it('a missing file is PathNotFound, and the next path is still read', async () => {
		const r = await runOnSite("Set-Content c3.txt 'there'; Get-Content nope.txt, c3.txt; $Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.Category");
		assert.match(r.stderr, /Cannot find path '.*nope\.txt' because it does not exist\./);
		assert.deepEqual(lines(r.stdout), ['there', 'PathNotFound,Get-Content', 'ObjectNotFound']);
	});

	it('-WhatIf leaves the file alone', async () => {
		await runOnSite("Set-Content c4.txt 'kept'; Set-Content c4.txt 'lost' -WhatIf");
		assert.equal(read('c4.txt'), 'kept\n');
	});
});

describe('Export-Csv', () => {
	it('writes CSV; -Append leaves out the second header', async () => {
		await runOnSite("[pscustomobject]@{A=1;B='x'} | Export-Csv e1.csv -NoTypeInformation; [pscustomobject]@{A=2;B='y'} | Export-Csv e1.csv -Append");
		assert.equal(read('e1.csv'), '"A","B"\n"1","x"\n"2","y"\n');
	});

	it('-Delimiter and -UseQuotes', async () => {
		await runOnSite("[pscustomobject]@{A=1;B='x'} | Export-Csv -Path e2.csv -Delimiter ';' -UseQuotes Never");
		assert.equal(read('e2.csv'), 'A;B\n1;x\n');
	});

	it('-NoClobber refuses a file that exists', async () => {
		const r = await runOnSite("[pscustomobject]@{A=1} | Export-Csv e3.csv; [pscustomobject]@{A=2} | Export-Csv e3.csv -NoClobber");
		assert.match(r.stderr, /already exists/);
		assert.equal(read('e3.csv'), '"A"\n"1"\n');
	});
});

describe('Test-Path, Join-Path, Split-Path', () => {
	it('Test-Path with -PathType', async () => {
		const r = await runOnSite("'x' > t1.txt; Test-Path t1.txt; Test-Path t1.txt -PathType Leaf; Test-Path t1.txt -PathType Container; Test-Path . -PathType Container; Test-Path nope; Test-Path ''");
		assert.deepEqual(lines(r.stdout), ['True', 'True', 'False', 'True', 'False', 'False']);
	});

	it('Join-Path keeps the parent\'s separators and drops doubled ones', async () => {
		const r = await runOnSite("Join-Path 'D:\\USB\\' '\\UsageData.cab'; Join-Path logs run.log; Join-Path C:\\a b c d; Join-Path '/tmp' 'x/y'");
		assert.deepEqual(lines(r.stdout), ['D:\\USB\\UsageData.cab', 'logs/run.log', 'C:\\a\\b\\c\\d', '/tmp/x/y']);
	});

	it('Split-Path gives the parent, leaf, extension and base name', async () => {
		const r = await runOnSite(
			"Split-Path 'D:\\USB\\Packs\\x.cab'; Split-Path 'D:\\USB'; Split-Path '/tmp/a/b.log' -Leaf; Split-Path 'D:\\USB\\x.cab' -Extension; Split-Path 'a.b.cab' -LeafBase; Split-Path 'D:\\x' -IsAbsolute; Split-Path 'x' -IsAbsolute",
		);
		assert.deepEqual(lines(r.stdout), ['D:\\USB\\Packs', 'D:\\', 'b.log', '.cab', 'a.b', 'True', 'False']);
	});

	it('a script builds a log path and writes to it', async () => {
		const r = await runOnSite("$log = Join-Path '.' 'run.log'\n'step' | Out-File -FilePath $log -Append\nTest-Path $log");
		assert.deepEqual(lines(r.stdout), ['True']);
		assert.ok(existsSync(join(dir, 'run.log')));
	});
});

describe('New-Item, Remove-Item', () => {
	it('makes folders (with parents) and files, and -Force accepts what exists', async () => {
		const r = await runOnSite(
			"New-Item -ItemType Directory -Path n1/a/b | Out-Null; New-Item -ItemType Directory -Path n1/a/b -Force | Out-Null\n" +
				"(New-Item -Path n1/a/b -Name f.txt -Value 'hi').Name; Get-Content n1/a/b/f.txt; Test-Path n1/a/b -PathType Container",
		);
		assert.equal(r.stderr, '');
		assert.deepEqual(lines(r.stdout), ['f.txt', 'hi', 'True']);
	});

	it('refuses what exists without -Force', async () => {
		const r = await runOnSite("New-Item n2.txt | Out-Null; New-Item n2.txt; New-Item -ItemType Directory n2d | Out-Null; New-Item -ItemType Directory n2d");
		assert.match(r.stderr, /The file '.*n2\.txt' already exists\./);
		assert.match(r.stderr, /An item with the specified name .*n2d already exists\./);
	});

	it('Remove-Item deletes files, needs -Recurse for full folders, and reports what is missing', async () => {
		const r = await runOnSite(
			"New-Item -ItemType Directory d1/sub -Force | Out-Null; 'x' > d1/x.log; 'y' > d1/y.log; 'z' > d1/z.txt\n" +
				"Remove-Item d1/*.log; Test-Path d1/x.log; Test-Path d1/z.txt\n" +
				"Remove-Item d1; Test-Path d1; Remove-Item d1 -Recurse; Test-Path d1; Remove-Item d1",
		);
		assert.deepEqual(lines(r.stdout), ['False', 'True', 'True', 'False']);
		assert.match(r.stderr, /has children and the Recurse parameter was not specified/);
		assert.match(r.stderr, /Cannot find path '.*d1' because it does not exist\./);
	});

	it('-WhatIf deletes nothing', async () => {
		const r = await runOnSite("'k' > w1.txt; Remove-Item w1.txt -WhatIf; Test-Path w1.txt");
		assert.deepEqual(lines(r.stdout).slice(-1), ['True']);
	});
});
