import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {JsonHost, lineColumn} from '../../src/cli/json-host.ts';
import {bareRuntime} from '../../src/cli/create-runtime.ts';
import {Site} from '../../src/site/index.ts';

function run(text: string, file?: string) {
	const out: string[] = [];
	const err: string[] = [];
	const host = new JsonHost({stdout: {write: t => out.push(t)}, stderr: {write: t => err.push(t)}});
	const rt = bareRuntime(host, Site.create('default'));
	return rt.run(text, {file}).then(result => {
		host.end();
		const lines = (chunks: string[]) => chunks.join('').split('\n').filter(Boolean);
		return {result, out: lines(out), err: lines(err)};
	});
}

describe('JsonHost', () => {
	it('writes each output object as one JSON line with the contract names', async () => {
		const {out} = await run('Get-Component -Name SMS_DMP_*; 1+1; "text"; $true');
		const objects = out.map(l => JSON.parse(l));
		const comps = objects.filter(o => typeof o === 'object');
		assert.ok(comps.length >= 2);
		for (const c of comps) for (const k of ['Name', 'SiteCode', 'ServerName', 'State', 'Status', 'Type', 'LastStarted']) assert.ok(k in c, k);
		assert.match(comps[0].LastStarted, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
		assert.deepEqual(objects.slice(-3), [2, 'text', true]);
	});

	it('unrolls collections into one line per item', async () => {
		const {out} = await run('Write-Output -NoEnumerate @(1, 2, 3)');
		assert.deepEqual(out, ['1', '2', '3']);
	});

	it('writes formatted tables as JSON strings, one per line', async () => {
		const {out} = await run('Get-Component -Name SMS_DMP_DOWNLOADER | Format-Table Name, State');
		const lines = out.map(l => JSON.parse(l));
		assert.ok(lines.every(l => typeof l === 'string'));
		assert.ok(lines.some(l => l.includes('SMS_DMP_DOWNLOADER')));
	});

	it('writes each error as a JSON line on stderr with message, category, id and position', async () => {
		const {err, out} = await run('$x = 1\n  Get-Nothing -Foo', 'C:\\scripts\\a.ps1');
		assert.deepEqual(out, []);
		assert.equal(err.length, 1);
		const e = JSON.parse(err[0]!);
		assert.equal(e.type, 'error');
		assert.match(e.message, /The term 'Get-Nothing' is not recognized/);
		assert.equal(e.category, 'ObjectNotFound');
		assert.equal(e.id, 'CommandNotFoundException');
		assert.deepEqual(e.position, {file: 'C:\\scripts\\a.ps1', line: 2, column: 3, text: '  Get-Nothing -Foo'});
	});

	it('gives the FullyQualifiedErrorId of cmdlet errors', async () => {
		const {err} = await run('Set-ScpMode -Mode Sideways');
		const e = JSON.parse(err[0]!);
		assert.match(e.id, /,Set-ScpMode$/);
		assert.equal(e.position.line, 1);
	});

	it('keeps stderr machine-readable: warnings, verbose and host text are JSON too', async () => {
		const {err, out} = await run("Write-Warning 'careful'; Write-Verbose 'v' -Verbose; Write-Host 'a' -NoNewline; Write-Host 'b'; Write-Host 'c' -NoNewline");
		assert.deepEqual(out, []);
		assert.deepEqual(err.map(l => JSON.parse(l)), [
			{type: 'warning', message: 'careful'},
			{type: 'verbose', message: 'v'},
			{type: 'information', message: 'ab'},
			{type: 'information', message: 'c'},
		]);
	});

	it('reports parse errors with their position', async () => {
		const {err, result} = await run('if (1 {');
		assert.equal(result.terminated, true);
		const e = JSON.parse(err[0]!);
		assert.equal(e.category, 'ParserError');
		assert.equal(e.position.line, 1);
	});
});

describe('lineColumn', () => {
	it('counts lines and columns from 1', () => {
		assert.deepEqual(lineColumn('ab\ncd\r\nef', 0), {line: 1, column: 1, text: 'ab'});
		assert.deepEqual(lineColumn('ab\ncd\r\nef', 4), {line: 2, column: 2, text: 'cd'});
		assert.deepEqual(lineColumn('ab\ncd\r\nef', 7), {line: 3, column: 1, text: 'ef'});
	});
});
