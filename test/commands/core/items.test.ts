// The item cmdlets: Get-ChildItem, Get-Item, Copy-Item, Move-Item and Rename-Item, and the default view of the
// FileInfo/DirectoryInfo objects they write. Everything runs in a temporary folder; each test makes its own.
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {runOnSite} from '../../helpers/site-run.ts';

const dir = mkdtempSync(join(tmpdir(), 'scpsh-items-'));
process.chdir(dir);
// Drive letters (D:\USB) map under here, not under the user's home.
process.env.SCPSH_DRIVE_ROOT = join(dir, 'drives');

const lines = (text: string): string[] => text.split('\n').filter(l => l !== '');

/** Makes files (content given) and folders (content null) under a fresh folder `name` in the temp folder. */
function tree(name: string, entries: Record<string, string | null>): string {
	const root = join(dir, name);
	mkdirSync(root, {recursive: true});
	for (const [path, content] of Object.entries(entries)) {
		const full = join(root, path);
		if (content === null) mkdirSync(full, {recursive: true});
		else {
			mkdirSync(join(full, '..'), {recursive: true});
			writeFileSync(full, content);
		}
	}
	return root;
}

/** Error lines as the console shows them, without the position block. */
const messages = (stderr: string): string[] => lines(stderr).filter(l => l.startsWith('     | ') && !/^\s+\| +~/.test(l)).map(l => l.slice(7));

describe('Get-ChildItem', () => {
	it('lists folders first, then files, each by name', async () => {
		tree('g1', {'b.txt': 'b', 'A.txt': 'a', 'zdir': null, 'adir': null, '.hidden': 'h'});
		const r = await runOnSite('Get-ChildItem g1 | ForEach-Object Name');
		assert.deepEqual(lines(r.stdout), ['adir', 'zdir', 'A.txt', 'b.txt']);
		assert.equal(r.stderr, '');
	});

	it('-Force lists dot files; -File and -Directory keep one kind; -Name writes names', async () => {
		tree('g2', {'x.log': 'x', 'sub': null, '.cfg': 'c'});
		const r = await runOnSite("(gci g2 -Force -Name) -join ','; (ls g2 -File -Name) -join ','; (dir g2 -Directory -Name) -join ','");
		assert.deepEqual(lines(r.stdout), ['sub,.cfg,x.log', 'x.log', 'sub']);
	});

	it('-Filter, -Include and -Exclude choose by name', async () => {
		tree('g3', {'a.log': '', 'b.log': '', 'c.txt': '', 'keep.log': ''});
		const r = await runOnSite("(gci g3 -Filter *.log -Name) -join ','; (gci g3 -Include *.txt, k* -Name) -join ','; (gci g3 -Exclude *.log -Name) -join ','; (gci g3 *.txt -Name) -join ','");
		assert.deepEqual(lines(r.stdout), ['a.log,b.log,keep.log', 'c.txt,keep.log', 'c.txt', 'c.txt']);
	});

	it('-Recurse goes depth first, each folder\'s items before its subfolders\'; -Depth limits it', async () => {
		tree('g4', {'top.txt': '', 'd1/one.txt': '', 'd1/d2/two.txt': '', 'e/x.txt': ''});
		const r = await runOnSite("(gci g4 -Recurse -Name) -join ','; (gci g4 -Depth 1 -Name) -join ','; (gci g4 -Recurse -File | % Name) -join ','; (gci g4/t*.txt -Recurse | % Name) -join ','");
		assert.deepEqual(lines(r.stdout), [
			'd1,e,top.txt,d1/d2,d1/one.txt,d1/d2/two.txt,e/x.txt',
			'd1,e,top.txt,d1/d2,d1/one.txt,e/x.txt',
			'top.txt,one.txt,two.txt,x.txt',
			'top.txt,two.txt',
		]);
	});

	it('a wildcard in the path lists what matches: files as themselves, folders by their content', async () => {
		tree('g5', {'r1.log': '', 'r2.log': '', 'rdir/in.txt': '', 'other.txt': ''});
		const r = await runOnSite("(gci g5/r* -Name) -join ','; (gci g5/*.none).Count");
		assert.deepEqual(lines(r.stdout), ['in.txt,r1.log,r2.log', '0']);
		assert.equal(r.stderr, '');
	});

	it('writes FileInfo and DirectoryInfo objects with pwsh\'s properties', async () => {
		const root = tree('g6', {'report.final.csv': '12345', 'sub': null});
		const r = await runOnSite(
			"$f = gci g6 -File; $d = gci g6 -Directory\n" +
				"$f.GetType().FullName; $f.Name; $f.BaseName; $f.Extension; $f.Length; $f.Mode; $f.PSIsContainer; $f.DirectoryName; $f.FullName\n" +
				"$d.GetType().FullName; $d.Mode; $d.PSIsContainer; $d.Parent.FullName; $d.FullName; $f.LastWriteTime.GetType().Name; \"$f\"",
		);
		assert.deepEqual(lines(r.stdout), [
			'System.IO.FileInfo', 'report.final.csv', 'report.final', '.csv', '5', '-a---', 'False', root, join(root, 'report.final.csv'),
			'System.IO.DirectoryInfo', 'd----', 'True', root, join(root, 'sub'), 'DateTime', join(root, 'report.final.csv'),
		]);
	});

	it('LastWriteTime is the file\'s real modification time', async () => {
		const root = tree('g7', {'old.log': 'x'});
		utimesSync(join(root, 'old.log'), new Date(Date.UTC(2024, 0, 15, 9, 30)), new Date(Date.UTC(2024, 0, 15, 9, 30)));
		const r = await runOnSite("(gci g7).LastWriteTime.ToString('yyyy-MM-dd HH:mm')");
		assert.deepEqual(lines(r.stdout), ['2024-01-15 09:30']);
	});

	it('keeps the Windows form of a drive path in FullName and the default view', async () => {
		tree('drives/D/USB', {'UsageData.cab': 'cab'});
		utimesSync(join(dir, 'drives/D/USB/UsageData.cab'), new Date(Date.UTC(2026, 10, 26, 16, 14)), new Date(Date.UTC(2026, 10, 26, 16, 14)));
		const r = await runOnSite("(gci D:\\USB).FullName; (gci 'D:\\USB\\' -Name); gci D:\\USB");
		assert.deepEqual(r.stdout.split('\n'), [
			'D:\\USB\\UsageData.cab',
			'UsageData.cab',
			'',
			'    Directory: D:\\USB',
			'',
			'Mode                 LastWriteTime         Length Name',
			'----                 -------------         ------ ----',
			'-a---         11/26/2026   4:14 PM              3 UsageData.cab',
			'',
			'',
		]);
	});

	it('a missing path is pwsh\'s PathNotFound error', async () => {
		const r = await runOnSite("gci nothere-g; $Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.Category");
		assert.deepEqual(messages(r.stderr), [`Cannot find path '${join(dir, 'nothere-g')}' because it does not exist.`]);
		assert.deepEqual(lines(r.stdout), ['PathNotFound,Get-ChildItem', 'ObjectNotFound']);
	});

	it('lists the current location without a path', async () => {
		const root = tree('g8', {'only.txt': ''});
		const r = await runOnSite(`Set-Location '${root}'; (Get-ChildItem -Name) -join ','`);
		assert.deepEqual(lines(r.stdout), ['only.txt']);
	});
});

describe('Get-Item', () => {
	it('gets a folder itself, not its content, and files by wildcard', async () => {
		tree('i1', {'a.txt': '1', 'b.txt': '22', 'sub/c.txt': ''});
		const r = await runOnSite("(gi i1).Name; (gi i1/*.txt | % Length) -join ','; (Get-Item i1/sub, i1/a.txt | % Name) -join ','");
		assert.deepEqual(lines(r.stdout), ['i1', '1,2', 'sub,a.txt']);
	});

	it('a missing path is a non-terminating ObjectNotFound error', async () => {
		const r = await runOnSite("gi nope-i, i-none; 'after'; $Error[0].CategoryInfo.Category");
		assert.deepEqual(messages(r.stderr), [
			`Cannot find path '${join(dir, 'nope-i')}' because it does not exist.`,
			`Cannot find path '${join(dir, 'i-none')}' because it does not exist.`,
		]);
		assert.deepEqual(lines(r.stdout), ['after', 'ObjectNotFound']);
	});

	it('a wildcard sees dot files only with -Force', async () => {
		tree('i2', {'.env': '', 'app.env': ''});
		const r = await runOnSite("(gi i2/*env | % Name) -join ','; (gi i2/*env -Force | % Name) -join ','");
		assert.deepEqual(lines(r.stdout), ['app.env', '.env,app.env']);
	});
});

describe('Copy-Item', () => {
	it('copies a file into a folder, or to a new name; replaces a file that exists', async () => {
		const root = tree('c1', {'a.txt': 'A', 'dest': null, 'old.txt': 'old'});
		const r = await runOnSite("Copy-Item c1/a.txt c1/dest; cp c1/a.txt c1/b.txt; copy c1/a.txt c1/old.txt; cpi c1/a.txt -Destination c1/dest/n.txt -PassThru | % Name");
		assert.deepEqual(lines(r.stdout), ['n.txt']);
		assert.equal(r.stderr, '');
		for (const p of ['dest/a.txt', 'b.txt', 'old.txt', 'dest/n.txt']) assert.equal(readFileSync(join(root, p), 'utf8'), 'A');
	});

	it('copies a folder whole with -Recurse, and empty without it', async () => {
		const root = tree('c2', {'src/x.txt': 'x', 'src/deep/y.txt': 'y'});
		const r = await runOnSite('Copy-Item c2/src c2/full -Recurse; Copy-Item c2/src c2/bare; (gci c2/full -Recurse -Name) -join ","; (gci c2/bare).Count');
		assert.deepEqual(lines(r.stdout), ['deep,x.txt,deep/y.txt', '0']);
		assert.equal(readFileSync(join(root, 'full/deep/y.txt'), 'utf8'), 'y');
	});

	it('copies what a wildcard matches', async () => {
		const root = tree('c3', {'a.log': '', 'b.log': '', 'c.txt': '', 'out': null});
		await runOnSite('Copy-Item c3/*.log c3/out');
		assert.deepEqual([existsSync(join(root, 'out/a.log')), existsSync(join(root, 'out/b.log')), existsSync(join(root, 'out/c.txt'))], [true, true, false]);
	});

	it('refuses to copy onto or into itself, and missing sources and folders, changing nothing', async () => {
		const root = tree('c4', {'f.txt': 'f', 'd/in.txt': 'i'});
		const r = await runOnSite('Copy-Item c4/f.txt c4/f.txt; Copy-Item c4/d c4/d/sub -Recurse; Copy-Item c4/none.txt c4/x.txt; Copy-Item c4/f.txt c4/nodir/f.txt; Copy-Item c4/d c4/f.txt -Recurse');
		assert.deepEqual(messages(r.stderr), [
			`Cannot overwrite the item ${join(root, 'f.txt')} with itself.`,
			`Cannot copy item ${join(root, 'd')} onto itself.`,
			`Cannot find path '${join(root, 'none.txt')}' because it does not exist.`,
			`Could not find a part of the path '${join(root, 'nodir/f.txt')}'.`,
			`Cannot overwrite the item ${join(root, 'f.txt')} with a folder: it is a file.`,
		]);
		assert.equal(readFileSync(join(root, 'f.txt'), 'utf8'), 'f');
		assert.equal(existsSync(join(root, 'd/sub')), false);
		assert.equal(existsSync(join(root, 'x.txt')), false);
	});

	it('-WhatIf copies nothing', async () => {
		const root = tree('c5', {'a.txt': 'a'});
		const r = await runOnSite('Copy-Item c5/a.txt c5/b.txt -WhatIf');
		assert.deepEqual(lines(r.stdout), [`What if: Performing the operation "Copy File" on target "Item: ${join(root, 'a.txt')} Destination: ${join(root, 'b.txt')}".`]);
		assert.equal(existsSync(join(root, 'b.txt')), false);
	});

	it('takes the files from Get-ChildItem down the pipeline', async () => {
		const root = tree('c6', {'a.log': 'a', 'b.log': 'b', 'to': null});
		await runOnSite('Get-ChildItem c6 -Filter *.log | Copy-Item -Destination c6/to');
		assert.deepEqual([readFileSync(join(root, 'to/a.log'), 'utf8'), readFileSync(join(root, 'to/b.log'), 'utf8')], ['a', 'b']);
	});

	it('copies between drive paths', async () => {
		tree('drives/E/Packs', {'p.cab': 'pack'});
		const r = await runOnSite('Copy-Item E:\\Packs\\p.cab E:\\p2.cab -PassThru | % FullName');
		assert.deepEqual(lines(r.stdout), ['E:\\p2.cab']);
		assert.equal(readFileSync(join(dir, 'drives/E/p2.cab'), 'utf8'), 'pack');
	});
});

describe('Move-Item', () => {
	it('moves into a folder, renames to a new path, and -PassThru writes the moved item', async () => {
		const root = tree('m1', {'a.txt': 'A', 'b.txt': 'B', 'dest': null});
		const r = await runOnSite('Move-Item m1/a.txt m1/dest; mv m1/b.txt m1/c.txt -PassThru | % Name');
		assert.deepEqual(lines(r.stdout), ['c.txt']);
		assert.equal(readFileSync(join(root, 'dest/a.txt'), 'utf8'), 'A');
		assert.equal(readFileSync(join(root, 'c.txt'), 'utf8'), 'B');
		assert.equal(existsSync(join(root, 'a.txt')) || existsSync(join(root, 'b.txt')), false);
	});

	it('replaces a file only with -Force, and never a folder', async () => {
		const root = tree('m2', {'new.txt': 'new', 'old.txt': 'old', 'dir/in.txt': 'in', 'f.txt': 'f'});
		const r = await runOnSite('Move-Item m2/new.txt m2/old.txt; Move-Item m2/dir m2/f.txt -Force; Move-Item m2/new.txt m2/old.txt -Force');
		assert.deepEqual(messages(r.stderr), ['Cannot create a file when that file already exists.', 'Cannot create a file when that file already exists.']);
		assert.equal(readFileSync(join(root, 'old.txt'), 'utf8'), 'new');
		assert.equal(readFileSync(join(root, 'f.txt'), 'utf8'), 'f');
		assert.equal(readFileSync(join(root, 'dir/in.txt'), 'utf8'), 'in');
	});

	it('refuses to move a folder into itself and leaves it', async () => {
		const root = tree('m3', {'d/x.txt': 'x'});
		const r = await runOnSite('Move-Item m3/d m3/d/inner');
		assert.deepEqual(messages(r.stderr), [`Cannot move item ${join(root, 'd')} into a folder inside it: ${join(root, 'd/inner')}.`]);
		assert.equal(readFileSync(join(root, 'd/x.txt'), 'utf8'), 'x');
	});

	it('-WhatIf moves nothing; a missing source is PathNotFound', async () => {
		const root = tree('m4', {'a.txt': 'a'});
		const r = await runOnSite('move m4/a.txt m4/b.txt -WhatIf; mi m4/none m4/x');
		assert.deepEqual(lines(r.stdout), [`What if: Performing the operation "Move File" on target "Item: ${join(root, 'a.txt')} Destination: ${join(root, 'b.txt')}".`]);
		assert.deepEqual(messages(r.stderr), [`Cannot find path '${join(root, 'none')}' because it does not exist.`]);
		assert.equal(existsSync(join(root, 'a.txt')), true);
	});
});

describe('Rename-Item', () => {
	it('renames files and folders in place', async () => {
		const root = tree('n1', {'a.txt': 'A', 'd': null});
		const r = await runOnSite('Rename-Item n1/a.txt b.txt; ren n1/d e -PassThru | % Name; rni -Path n1/b.txt -NewName c.txt');
		assert.deepEqual(lines(r.stdout), ['e']);
		assert.equal(readFileSync(join(root, 'c.txt'), 'utf8'), 'A');
		assert.equal(existsSync(join(root, 'e')), true);
	});

	it('refuses a taken name without -Force, a path elsewhere, and a missing item, changing nothing', async () => {
		const root = tree('n2', {'a.txt': 'A', 'b.txt': 'B', 'd': null});
		const r = await runOnSite('Rename-Item n2/a.txt b.txt; Rename-Item n2/a.txt d -Force; Rename-Item n2/a.txt ../x.txt; Rename-Item n2/none.txt y.txt');
		assert.deepEqual(messages(r.stderr), [
			'Cannot create a file when that file already exists.',
			'Cannot create a file when that file already exists.',
			'Cannot rename the specified target, because it represents a path or device name.',
			"Cannot rename because item at 'n2/none.txt' does not exist.",
		]);
		assert.deepEqual([readFileSync(join(root, 'a.txt'), 'utf8'), readFileSync(join(root, 'b.txt'), 'utf8')], ['A', 'B']);
	});

	it('takes -NewName from a script block run for each piped item', async () => {
		tree('n4', {'a.log': 'a', 'b.log': 'b'});
		const r = await runOnSite("Get-ChildItem n4 | Rename-Item -NewName { $_.BaseName + '.old' }; (gci n4 -Name) -join ','");
		assert.deepEqual(lines(r.stdout), ['a.old,b.old']);
		assert.equal(r.stderr, '');
	});

	it('-Force replaces a file; -WhatIf renames nothing', async () => {
		const root = tree('n3', {'a.txt': 'A', 'b.txt': 'B'});
		const r = await runOnSite('Rename-Item n3/a.txt c.txt -WhatIf; Rename-Item n3/a.txt b.txt -Force');
		assert.deepEqual(lines(r.stdout), [`What if: Performing the operation "Rename File" on target "Item: ${join(root, 'a.txt')} Destination: ${join(root, 'c.txt')}".`]);
		assert.equal(readFileSync(join(root, 'b.txt'), 'utf8'), 'A');
		assert.equal(existsSync(join(root, 'a.txt')), false);
	});
});
