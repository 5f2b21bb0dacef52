// Shared by the *-Variable cmdlets: the PSVariable objects they write and their name filters.
// (Files starting with `_` are helpers, not cmdlets: scripts/gen-command-index.mjs skips them.)

import {PSObject} from '../../src/engine/values.ts';
import {hasWildcard, wildcardMatch} from '../../src/engine/wildcard.ts';
import type {CmdletContext} from '../../src/engine/command.ts';

export const PSVARIABLE = 'System.Management.Automation.PSVariable';

/** A variable as Get-Variable and Set-Variable -PassThru write it. */
export function variableInfo(name: string, value: unknown): PSObject {
	return PSObject.from(PSVARIABLE, {Name: name, Value: value, Description: '', Options: 'None', Visibility: 'Public'});
}

/** Whether `name` passes -Include and -Exclude (both wildcard lists; absent means no filter). */
export function passesFilters(name: string, include: string[] | null | undefined, exclude: string[] | null | undefined): boolean {
	if (include && include.length > 0 && !include.some(p => wildcardMatch(name, p))) return false;
	if (exclude && exclude.some(p => wildcardMatch(name, p))) return false;
	return true;
}

/** pwsh's message and error for a name without wildcards that matches no variable. */
export function variableNotFound(ctx: CmdletContext, name: string): void {
	ctx.writeError({
		message: `Cannot find a variable with the name '${name}'.`,
		id: 'VariableNotFound',
		category: 'ObjectNotFound',
		exceptionType: 'ItemNotFoundException',
		target: name,
	});
}

/**
 * The visible variables that each pattern names, sorted by name, each once. Names without wildcards that match
 * nothing are reported as not found (when `report` is set).
 */
export function matchVariables(
	ctx: CmdletContext,
	patterns: string[],
	include?: string[] | null,
	exclude?: string[] | null,
	report = true,
): {name: string; value: unknown}[] {
	const all = ctx.session.listVariables();
	const found = new Map<string, {name: string; value: unknown}>();
	for (const pattern of patterns) {
		let any = false;
		for (const v of all) {
			if (!wildcardMatch(v.name, pattern)) continue;
			any = true;
			if (passesFilters(v.name, include, exclude)) found.set(v.name.toLowerCase(), v);
		}
		if (!any && report && !hasWildcard(pattern)) variableNotFound(ctx, pattern);
	}
	return [...found.values()].sort((a, b) => a.name.localeCompare(b.name, 'en', {sensitivity: 'base'}));
}
