// Reading a saved lab: missing, usable (migrated to the current schema and loaded), or unreadable with a reason
// a person can act on. Unreadable files are never overwritten: they are set aside first.

import {existsSync, readFileSync, renameSync} from 'node:fs';
import {Site} from '../site/index.ts';
import {LabSchemaError, migrateLab} from './lab-migrations.ts';

export type LabRead =
	| {kind: 'missing'}
	| {kind: 'ok'; site: Site; migratedFrom?: number}
	| {kind: 'unreadable'; reason: string; scenario?: string};

/** The scenario named in a damaged file, when its text still says (so the lab restarts from the right one). */
function scenarioHint(text: string): string | undefined {
	return /"scenario"\s*:\s*"([A-Za-z0-9_-]+)"/.exec(text)?.[1];
}

export function readLab(path: string): LabRead {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return {kind: 'missing'};
		if (code === 'EISDIR') return {kind: 'unreadable', reason: 'it is a directory, not a file'};
		throw e;
	}
	if (text.trim() === '') return {kind: 'unreadable', reason: 'the file is empty'};
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return {kind: 'unreadable', reason: 'it is not valid JSON (truncated or damaged)', scenario: scenarioHint(text)};
	}
	try {
		const before = (raw as {schemaVersion?: unknown}).schemaVersion;
		const lab = migrateLab(raw);
		const site = Site.load(lab);
		return typeof before === 'number' && before !== lab.schemaVersion ? {kind: 'ok', site, migratedFrom: before} : {kind: 'ok', site};
	} catch (e) {
		const reason = e instanceof LabSchemaError ? e.message : `it is not a complete lab (${e instanceof Error ? e.message.replace(/\.$/, '') : String(e)})`;
		return {kind: 'unreadable', reason, scenario: scenarioHint(text)};
	}
}

/** Moves a file aside under a fresh name; returns where it went. */
export function setAside(path: string, target: string): string {
	if (existsSync(target)) throw new Error(`${target} already exists`);
	renameSync(path, target);
	return target;
}
