// The generated command lists must match the cmdlet files, and each file must hold the cmdlet it is named after.
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {basename} from 'node:path';
// @ts-expect-error: a plain .mjs build script without types
import {commandFiles, renderIndex, renderManifest, groupFiles, loadDefs} from '../../scripts/gen-command-index.mjs';
import {allCommands} from '../../commands/index.ts';
import {commandManifest} from '../../commands/manifest.ts';

describe('the generated command lists', () => {
	it('are current (run `npm run gen:index` after adding a cmdlet file)', async () => {
		const files: string[] = commandFiles();
		const defs = await loadDefs(files);
		assert.equal(readFileSync('commands/index.ts', 'utf8'), renderIndex(files));
		assert.equal(readFileSync('commands/manifest.ts', 'utf8'), renderManifest(files, defs));
		for (const [path, text] of groupFiles(files, defs) as Map<string, string>) assert.equal(readFileSync(path, 'utf8'), text, path);
	});

	it('name each file after its cmdlet', () => {
		const files: string[] = commandFiles();
		assert.equal(files.length, allCommands.length);
		files.forEach((f, i) => assert.equal(basename(f, '.ts'), allCommands[i]!.name));
	});

	it('load each cmdlet of the manifest to its own definition', async () => {
		assert.equal(commandManifest.length, allCommands.length);
		for (const entry of commandManifest) {
			const def = (await entry.load()).default;
			assert.equal(def.name, entry.name);
			assert.deepEqual([...(def.aliases ?? [])], [...entry.aliases]);
		}
	});

	it('give every cmdlet help and at least one example', () => {
		for (const def of allCommands) {
			assert.ok(def.synopsis.length > 0, `${def.name} has a synopsis`);
			assert.ok(def.description.length > 0, `${def.name} has a description`);
			assert.ok(def.examples.length > 0, `${def.name} has examples`);
			for (const p of def.parameters) assert.ok(p.help.length > 0, `${def.name} -${p.name} has help`);
		}
	});

	it('have no two cmdlets or aliases with the same name', () => {
		const seen = new Set<string>();
		for (const def of allCommands) {
			for (const n of [def.name, ...(def.aliases ?? [])]) {
				const k = n.toLowerCase();
				assert.ok(!seen.has(k), `${n} is defined twice`);
				seen.add(k);
			}
		}
	});
});
