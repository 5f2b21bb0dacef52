// `scpsh --complete <line> <cursor>`: what the shell completion scripts ask about the text of -Command. The answer
// comes from the same completion engine as the interactive shell's Tab, over the default lab's site read without
// locking or writing it (so its component and site names are offered), and without the profile.
//
// Each answer line is the whole last blank-separated word before the cursor, completed: shells replace whole
// words, while the engine may replace only the end of one (`SMS_X,SMS_DMP_D` → `SMS_DMP_DOWNLOADER`).

import type {LaunchOptions} from './args.ts';
import {PlainHost} from '../host/plain-host.ts';
import {Site} from '../site/index.ts';
import {configDir} from '../store/config-dir.ts';
import {DEFAULT_LAB} from '../store/lab-names.ts';
import {LabStore} from '../store/lab-store.ts';
import {bareRuntime} from './create-runtime.ts';

export async function runComplete(complete: NonNullable<LaunchOptions['complete']>): Promise<number> {
	const {complete: completeLine} = await import('../engine/completion.ts');
	const silent = {write: () => true};
	const host = new PlainHost({stdout: silent, stderr: silent, color: false, errorColor: false});
	const site = new LabStore(configDir()).peek(DEFAULT_LAB) ?? Site.create('default');
	const rt = bareRuntime(host, site);
	await rt.loadCommands();
	const result = completeLine(rt, complete.line, complete.cursor);
	// Shells filter by prefix themselves: when some candidates start with the typed word, the fuzzy ones the engine
	// adds after them would only confuse (the interactive shell's Tab does the same).
	const typed = complete.line.slice(result.replaceStart, complete.cursor).toLowerCase();
	const prefixed = result.candidates.filter(c => c.text.toLowerCase().startsWith(typed));
	if (prefixed.length > 0) result.candidates = prefixed;
	const texts = [...new Set(result.candidates.map(c => wholeWord(complete.line, complete.cursor, result.replaceStart, c.text)))];
	process.stdout.write(texts.map(t => `${t}\n`).join(''));
	return 0;
}

/** The candidate as the completion of the shell word that ends at the cursor. */
export function wholeWord(line: string, cursor: number, replaceStart: number, text: string): string {
	const before = line.slice(0, cursor);
	const wordStart = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\t')) + 1;
	return replaceStart > wordStart ? line.slice(wordStart, replaceStart) + text : text;
}
