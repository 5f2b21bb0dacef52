// Writes the shell completion scripts in completions/ from the launcher's flag table and the scenarios
// (src/cli/completion-scripts). Run with tsx, which loads the TypeScript sources: `npm run gen:completions`.
// A test fails when the checked-in scripts differ from what this writes.
import {mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {completionScripts} from '../src/cli/completion-scripts/index.ts';

const dir = 'completions';
mkdirSync(dir, {recursive: true});
const scripts = completionScripts();
for (const [name, text] of Object.entries(scripts)) {
	const path = join(dir, name);
	let old = '';
	try {
		old = readFileSync(path, 'utf8');
	} catch {}
	if (old !== text) {
		writeFileSync(path, text);
		console.log(`wrote ${path}`);
	}
}
// Scripts no longer generated do not linger.
for (const name of readdirSync(dir)) {
	if (!(name in scripts) && name !== '.gitkeep') {
		rmSync(join(dir, name));
		console.log(`removed ${join(dir, name)}`);
	}
}
