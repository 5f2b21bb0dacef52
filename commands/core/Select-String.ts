// Select-String: grep for PowerShell. Runbooks search logs with it (`Select-String -Path *.log -Pattern 'error'`),
// so it reads files through the same path mapping as Get-Content and writes MatchInfo objects that print as pwsh
// prints them (src/format/views/select-string.ts).

import {readdirSync} from 'node:fs';
import {dirname, join, relative, isAbsolute} from 'node:path';
import type {CmdletContext, CmdletDef} from '../../src/engine/command.ts';
import {toStr} from '../../src/engine/convert.ts';
import {allMatchObjects, matchObject} from '../../src/engine/members/regex-match.ts';
import {compileRegex, escapeRegex, regexErrorDetail, type CompiledRegex} from '../../src/engine/regex.ts';
import {dotNetObject} from '../../src/engine/types.ts';
import {enumerate, PSObject} from '../../src/engine/values.ts';
import {hasWildcard, wildcardMatch} from '../../src/engine/wildcard.ts';
import {kind, pathNotFound, readFile, splitLines, userPath} from '../_lib/file-io.ts';
import {fsLocation} from '../_lib/cm-session.ts';
import {leafOf} from '../_lib/path-text.ts';

export const MATCH_INFO = 'Microsoft.PowerShell.Commands.MatchInfo';

interface Source {
	/** Path as MatchInfo.Path holds it ('InputStream' for piped text). */
	path: string;
	/** What the display shows before `:LineNumber:` (a path relative to the current location), or null for piped text. */
	display: string | null;
	filename: string;
}

/** The patterns, compiled once: regexes, or escaped text with -SimpleMatch. */
function compile(ctx: CmdletContext): CompiledRegex[] {
	const flags = ctx.params.CaseSensitive ? '' : 'i';
	return enumerate(ctx.params.Pattern).map(p => {
		const text = toStr(p);
		try {
			return compileRegex(ctx.params.SimpleMatch ? escapeRegex(text) : text, flags);
		} catch (e) {
			return ctx.fail({
				message: `The string ${text} is not a valid regular expression: ${regexErrorDetail(text, e)}`,
				category: 'InvalidArgument',
				id: 'InvalidRegex,Microsoft.PowerShell.Commands.SelectStringCommand',
				target: text,
				exceptionType: 'ArgumentException',
			});
		}
	});
}

/** One MatchInfo for `line` when it matches (or, with -NotMatch, when it does not); null otherwise. */
function matchLine(ctx: CmdletContext, line: string, lineNumber: number, source: Source): PSObject | null {
	const regexes: CompiledRegex[] = ctx.state.regexes;
	let found: CompiledRegex | undefined;
	let matches: PSObject[] = [];
	for (const re of regexes) {
		const first = matchObject(re, line, 0);
		if (!first.get('Success')) continue;
		found = re;
		matches = ctx.params.AllMatches ? allMatchObjects(re, line) : [first];
		break;
	}
	if (ctx.params.NotMatch ? found !== undefined : found === undefined) return null;
	const pattern = found ? toStr(enumerate(ctx.params.Pattern)[regexes.indexOf(found)]) : toStr(enumerate(ctx.params.Pattern)[0]);
	const text = source.display === null ? line : `${source.display}:${lineNumber}:${line}`;
	return dotNetObject(
		MATCH_INFO,
		{
			IgnoreCase: !ctx.params.CaseSensitive,
			LineNumber: lineNumber,
			Line: line,
			Filename: source.filename,
			Path: source.path,
			Pattern: pattern,
			Context: null,
			Matches: matches,
		},
		() => text,
	);
}

/** Searches lines, writing a MatchInfo per selected line; stops early for -Quiet and -List. */
function search(ctx: CmdletContext, lines: string[], source: Source, firstLine = 1): void {
	for (let k = 0; k < lines.length; k++) {
		const info = matchLine(ctx, lines[k]!, firstLine + k, source);
		if (!info) continue;
		ctx.state.any = true;
		if (ctx.params.Quiet) return;
		// -Raw writes the line alone (pwsh 7's -Raw).
		ctx.write(ctx.params.Raw ? info.get('Line') : info);
		if (ctx.params.List) return;
	}
}

/** The files a -Path names: itself, or what a wildcard in its last element matches. */
function filesOf(ctx: CmdletContext, typed: string, literal: boolean): {real: string; shown: string; onDrive: boolean; wild: boolean}[] {
	const mapped = userPath(ctx.session, typed);
	const leaf = leafOf(typed);
	if (!literal && hasWildcard(leaf)) {
		const folder = dirname(mapped.real);
		const names = kind(folder) === 'Directory' ? readdirSync(folder).filter(n => wildcardMatch(n, leaf)).sort() : [];
		const files = names.map(n => ({real: join(folder, n), shown: join(folder, n), onDrive: mapped.onDrive, wild: true})).filter(f => kind(f.real) === 'File');
		if (files.length === 0 && names.length === 0) ctx.writeError(pathNotFound(typed));
		return files;
	}
	return [{...mapped, wild: false}];
}

/** Searches each file the paths name, in order; a missing one is a non-terminating error. */
function searchFiles(ctx: CmdletContext, paths: string[], literal: boolean): void {
	for (const typed of paths) {
		for (const file of filesOf(ctx, typed, literal)) {
			const name = leafOf(file.real);
			if (ctx.isBound('Include') && !enumerate(ctx.params.Include).some(p => wildcardMatch(name, toStr(p)))) continue;
			if (ctx.isBound('Exclude') && enumerate(ctx.params.Exclude).some(p => wildcardMatch(name, toStr(p)))) continue;
			const text = readFile(ctx, file.wild ? file.real : typed);
			if (text === undefined) continue;
			// pwsh shows a file under the current location by its relative path.
			const rel = relative(fsLocation(ctx.session), file.real);
			const display = file.onDrive || rel.startsWith('..') || isAbsolute(rel) ? file.shown : rel;
			search(ctx, splitLines(text), {path: file.shown, display, filename: name});
			if (ctx.params.Quiet && ctx.state.any) return;
		}
	}
}

const def: CmdletDef = {
	name: 'Select-String',
	aliases: ['sls'],
	synopsis: 'Finds text in strings and files.',
	description:
		'Select-String searches piped text, or the lines of the files named by -Path, for -Pattern, a regular ' +
		'expression (.NET syntax) matched case-insensitively unless -CaseSensitive is given. -SimpleMatch takes the ' +
		'pattern as plain text. Each matching line becomes a MatchInfo object with Line, LineNumber, Path ' +
		'(InputStream for piped text), Filename, Pattern and Matches (the first match, or every match with ' +
		'-AllMatches). It prints as pwsh prints it: the line for piped text, `file:LineNumber:line` for files.\n\n' +
		'-NotMatch selects the lines that do not match; -Quiet returns just True or False; -List stops at the first ' +
		'match in each file; -Raw writes the matching lines as strings. Several patterns match a line when any of ' +
		'them does. A wildcard in the last element of -Path searches every file it matches; paths map as for every ' +
		'scpsh cmdlet (drive letters under $env:SCPSH_DRIVE_ROOT, relative paths from the current location). ' +
		'A piped file object (from Get-ChildItem or Get-Item) is searched as a file. -Context, -Encoding and -Culture ' +
		'are accepted for compatibility.',
	defaultParameterSet: 'File',
	parameters: [
		{
			name: 'InputObject',
			type: 'object',
			mandatory: true,
			sets: ['Object'],
			valueFromPipeline: true,
			help: 'The text to search. Piped strings are searched one by one; other objects by their string form.',
		},
		{
			name: 'Pattern',
			type: 'string[]',
			position: 0,
			mandatory: true,
			help: 'The regular expressions (or, with -SimpleMatch, the text) to look for. A line matches when any of them does.',
		},
		{
			name: 'Path',
			type: 'string[]',
			position: 1,
			mandatory: true,
			sets: ['File'],
			acceptsWildcards: true,
			valueFromPipelineByPropertyName: true,
			help: 'The files to search. A wildcard in the last element searches every file it matches.',
		},
		{
			name: 'LiteralPath',
			type: 'string[]',
			mandatory: true,
			sets: ['LiteralFile'],
			aliases: ['PSPath', 'LP'],
			valueFromPipelineByPropertyName: true,
			help: 'The files to search, taken exactly as typed (no wildcards).',
		},
		{name: 'SimpleMatch', type: 'switch', help: 'Takes the pattern as plain text rather than as a regular expression.'},
		{name: 'CaseSensitive', type: 'switch', help: 'Matches case-sensitively. By default case is ignored.'},
		{name: 'NotMatch', type: 'switch', help: 'Selects the lines that do NOT match the pattern.'},
		{name: 'AllMatches', type: 'switch', help: 'Puts every match in the line in Matches, not only the first.'},
		{name: 'Quiet', type: 'switch', help: 'Returns True when any line matches and False otherwise, instead of MatchInfo objects.'},
		{name: 'List', type: 'switch', help: 'Stops at the first matching line of each file (or of the piped input).'},
		{
			name: 'Raw',
			type: 'switch',
			help: 'Writes the matching lines as strings instead of MatchInfo objects.',
		},
		{name: 'NoEmphasis', type: 'switch', help: 'Accepted for compatibility: scpsh does not highlight the matches.'},
		{name: 'Include', type: 'string[]', help: 'Searches only the files whose names match these wildcards.'},
		{name: 'Exclude', type: 'string[]', help: 'Skips the files whose names match these wildcards.'},
		{name: 'Context', type: 'int[]', help: 'Accepted for compatibility: scpsh does not capture lines around a match.'},
		{name: 'Encoding', type: 'string', help: 'Accepted for compatibility: files are read as UTF-8.'},
		{name: 'Culture', type: 'string', help: 'Accepted for compatibility.'},
	],
	outputs: [MATCH_INFO, 'System.Boolean (with -Quiet)', 'System.String (with -Raw)'],
	examples: [
		{
			title: 'Search a log file',
			code:
				"Set-Content scp.log -Value 'Started', 'ERROR: download failed', 'Retrying', 'error: proxy refused'\n" +
				"Select-String -Path scp.log -Pattern 'error'",
			remarks: 'The match ignores case; each line shows the file, the line number and the line.',
			expect: ['scp.log:2:ERROR: download failed', 'scp.log:4:error: proxy refused'],
		},
		{
			title: 'Filter piped text',
			code: "'SMS_DMP_DOWNLOADER', 'SMS_DMP_UPLOADER', 'SMS_EXECUTIVE' | Select-String -Pattern 'DMP_(\\w+)' | ForEach-Object { $_.Matches[0].Groups[1].Value }",
			remarks: 'Matches holds the Match object, so capture groups can be read.',
			expect: ['DOWNLOADER', 'UPLOADER'],
		},
		{
			title: 'Is a line there at all?',
			code: "'Mode: Offline' | Select-String -SimpleMatch 'mode:' -Quiet",
			remarks: '-Quiet returns True or False; -SimpleMatch treats the pattern as text.',
			expect: ['True'],
		},
	],
	related: ['Get-Content', 'Where-Object', 'about_Regular_Expressions'],
	begin(ctx) {
		ctx.state.regexes = compile(ctx);
		ctx.state.any = false;
		ctx.state.lineNumber = 0;
	},
	process(ctx) {
		if (ctx.params.Quiet && ctx.state.any) return;
		if (ctx.parameterSet.startsWith('Object')) {
			if (ctx.params.List && ctx.state.any) return;
			const value = ctx.hasInput ? ctx.input : ctx.params.InputObject;
			if (value === null || value === undefined) return;
			// A piped file (`Get-ChildItem *.log | Select-String error`) is searched as a file, as pwsh does.
			if (value instanceof PSObject && value.typeNames.includes('System.IO.FileInfo') && value.has('FullName')) {
				searchFiles(ctx, [toStr(value.get('FullName'))], true);
				return;
			}
			// Piped text keeps counting lines across objects, as pwsh's InputStream does; an array given with
			// -InputObject is searched as one string (its items joined), as in pwsh.
			const line = toStr(value);
			ctx.state.lineNumber++;
			search(ctx, [line], {path: 'InputStream', display: null, filename: 'InputStream'}, ctx.state.lineNumber);
			return;
		}
		searchFiles(ctx, (ctx.params.Path ?? ctx.params.LiteralPath) as string[], ctx.isBound('LiteralPath'));
	},
	end(ctx) {
		if (ctx.params.Quiet) ctx.write(ctx.state.any === true);
	},
};

export default def;
