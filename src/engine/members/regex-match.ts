// .NET Match and Group objects, for `[regex]::Match`, `$re.Matches(…)` and `$match.NextMatch()`.

import {PSHashtable, type PSObject} from '../values.ts';
import {dotNetObject} from '../types.ts';
import {execWithIndices, groupValue, type CompiledRegex} from '../regex.ts';

const nextMatches = new WeakMap<PSObject, () => PSObject>();

/** What `$match.NextMatch()` returns, when `match` is a Match object that found something. */
export function nextMatchOf(match: PSObject): (() => PSObject) | undefined {
	return nextMatches.get(match);
}

function groupObject(name: string, value: string | undefined, index: number): PSObject {
	const text = value ?? '';
	return dotNetObject('System.Text.RegularExpressions.Group', {Success: value !== undefined, Name: name, Value: text, Index: index, Length: text.length}, () => text);
}

/** A .NET Match object for `[regex]::Match` and `$re.Match()`: Success, Value, Index, Length, Groups, NextMatch(). */
export function matchObject(compiled: CompiledRegex, input: string, from: number): PSObject {
	const found = from <= input.length ? execWithIndices(compiled, input, from) : null;
	const groups = new PSHashtable(true);
	for (const group of compiled.groups) {
		const value = found ? groupValue(group, found) : undefined;
		let index = 0;
		if (found && value !== undefined) {
			for (const js of group.js) if (found[js] !== undefined) index = found.indices?.[js]?.[0] ?? 0;
		}
		const object = groupObject(group.name ?? String(group.number), value, index);
		groups.set(group.number, object);
		if (group.name) groups.set(group.name, object);
	}
	const value = found?.[0] ?? '';
	const match = dotNetObject(
		'System.Text.RegularExpressions.Match',
		{Success: found !== null, Name: '0', Value: value, Index: found?.index ?? 0, Length: value.length, Groups: groups},
		() => value,
	);
	if (found) {
		const end = found.index + value.length;
		nextMatches.set(match, () => matchObject(compiled, input, value ? end : end + 1));
	}
	return match;
}

export function allMatchObjects(compiled: CompiledRegex, input: string, from = 0): PSObject[] {
	const out: PSObject[] = [];
	let match = matchObject(compiled, input, from);
	while (match.get('Success')) {
		out.push(match);
		match = nextMatches.get(match)!();
	}
	return out;
}
