// Runs every test file under test/ (Node 20's test runner takes no globs) through tsx.
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {spawnSync} from 'node:child_process';
import {createRequire} from 'node:module';

function find(dir) {
	const out = [];
	for (const entry of readdirSync(dir, {withFileTypes: true})) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			if (entry.name !== 'bench' && entry.name !== 'fixtures') out.push(...find(path));
		} else if (/\.test\.tsx?$/.test(entry.name)) {
			out.push(path);
		}
	}
	return out;
}

const filters = process.argv.slice(2);
const files = find('test').filter(f => filters.length === 0 || filters.some(x => f.includes(x))).sort();
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const result = spawnSync(process.execPath, [tsx, '--test', '--test-reporter=spec', ...files], {stdio: 'inherit'});
process.exit(result.status ?? 1);
