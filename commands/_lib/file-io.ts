// Reading and writing the files scripts name (Out-File, Set-Content, Get-Content, Export-Csv...). Paths map as
// every other file-touching cmdlet maps them (site-cmdlet.ts's userPath over win-paths.ts); this file only adds
// pwsh's wording for the ways a read or a write goes wrong.

import {appendFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import type {CmdletContext} from '../../src/engine/command.ts';
import type {ErrorRecordInit} from '../../src/engine/errors.ts';
import {parentExists, parentNotFound, pathNotFound, userPath} from './site-cmdlet.ts';
import {isDrivePath} from './win-paths.ts';
import {basename} from 'node:path';
import type {PSObject} from '../../src/engine/values.ts';
import {dotNetObject} from '../../src/engine/types.ts';

export {userPath, pathNotFound};

/** The encodings -Encoding accepts (pwsh's names). scpsh writes UTF-8 without a BOM whichever is named. */
export const ENCODINGS = ['utf8', 'utf8NoBOM', 'utf8BOM', 'ascii', 'ansi', 'bigendianunicode', 'bigendianutf32', 'oem', 'unicode', 'utf7', 'utf32', 'default'] as const;

export const ENCODING_HELP =
	'The encoding of the file. Every value pwsh knows is accepted, but scpsh always writes UTF-8 without a byte order mark (pwsh 7\'s default), so scripts written for other encodings run unchanged.';

export const kind = (real: string): 'File' | 'Directory' | undefined => {
	if (!existsSync(real)) return undefined;
	return statSync(real).isDirectory() ? 'Directory' : 'File';
};

/** pwsh's error for -NoClobber over a file that exists. */
export function fileExists(path: string): ErrorRecordInit {
	return {message: `The file '${path}' already exists.`, category: 'ResourceExists', id: 'NoClobber', target: path, exceptionType: 'IOException'};
}

function accessDenied(path: string): ErrorRecordInit {
	return {message: `Access to the path '${path}' is denied.`, category: 'PermissionDenied', id: 'UnauthorizedAccess', target: path, exceptionType: 'UnauthorizedAccessException'};
}

/**
 * Writes (or appends) text to the file `typed` names. A missing folder, a folder in the file's place and an
 * existing file under -NoClobber end the command, as they do in pwsh (which opens the file before any input).
 */
export function writeFile(ctx: CmdletContext, typed: string, text: string, opts: {append?: boolean; noClobber?: boolean} = {}): void {
	const {real, shown, onDrive} = userPath(ctx.session, typed);
	// A drive letter's folder stands for the drive itself, which always exists: make it on first use.
	if (onDrive && isDrivePath(typed)) mkdirSync(userPath(ctx.session, typed.trim().slice(0, 2) + '\\').real, {recursive: true});
	const k = kind(real);
	if (k === 'Directory') ctx.fail(accessDenied(shown));
	if (k === 'File' && opts.noClobber && !opts.append) ctx.fail(fileExists(shown));
	if (!parentExists(real)) ctx.fail(parentNotFound(shown));
	try {
		if (opts.append) appendFileSync(real, text);
		else writeFileSync(real, text);
	} catch (e) {
		ctx.fail({message: (e as Error).message, category: 'WriteError', id: 'FileWriteFailed', target: shown});
	}
}

/** The text of a file, or undefined after a non-terminating PathNotFound error (Get-Content goes on to the next). */
export function readFile(ctx: CmdletContext, typed: string): string | undefined {
	const {real, shown} = userPath(ctx.session, typed);
	const k = kind(real);
	if (k === undefined) {
		ctx.writeError(pathNotFound(shown));
		return undefined;
	}
	if (k === 'Directory') {
		ctx.writeError(accessDenied(shown));
		return undefined;
	}
	return readFileSync(real, 'utf8');
}

/** A file's lines as Get-Content gives them: split on any newline, no empty line for the final newline. */
export function splitLines(text: string): string[] {
	if (text === '') return [];
	const lines = text.split(/\r?\n/);
	if (lines[lines.length - 1] === '') lines.pop();
	return lines;
}

/** What New-Item writes for a file or folder: the few FileInfo/DirectoryInfo properties scripts read. */
export function itemObject(real: string, shown: string): PSObject {
	const st = statSync(real);
	const dir = st.isDirectory();
	const props: Record<string, unknown> = {Mode: dir ? 'd----' : '-a---', Name: basename(real), FullName: shown};
	if (!dir) props.Length = st.size;
	return dotNetObject(dir ? 'System.IO.DirectoryInfo' : 'System.IO.FileInfo', props, () => shown);
}
