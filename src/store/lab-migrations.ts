// Saved labs from older versions of scpsh are brought up to the current schema one step at a time: MIGRATIONS[n]
// turns a schema-n lab into a schema-(n+1) lab. When src/site bumps SCHEMA_VERSION, add the step for the old
// number here (and a test with a saved lab of that version); a lab that no step reaches is unreadable.

import {SCHEMA_VERSION} from '../site/index.ts';

export type Migration = (lab: Record<string, unknown>) => Record<string, unknown>;

/** Schema 1 is the first; no migrations yet. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export class LabSchemaError extends Error {
	constructor(
		message: string,
		readonly found: unknown,
	) {
		super(message);
	}
}

/** Returns the lab at `current` schema, migrating older ones; throws LabSchemaError for newer or unknown ones. */
export function migrateLab(raw: unknown, current = SCHEMA_VERSION, migrations: Readonly<Record<number, Migration>> = MIGRATIONS): Record<string, unknown> {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new LabSchemaError('it is not a JSON object', undefined);
	let lab = raw as Record<string, unknown>;
	const found = lab.schemaVersion;
	if (typeof found !== 'number' || !Number.isInteger(found) || found < 1) {
		throw new LabSchemaError(`it has no valid schema version (found ${JSON.stringify(found ?? null)})`, found);
	}
	if (found > current) {
		throw new LabSchemaError(`it was saved by a newer scpsh (schema ${found}; this one reads schema ${current} and older)`, found);
	}
	for (let v = found; v < current; v++) {
		const step = migrations[v];
		if (!step) throw new LabSchemaError(`there is no migration from schema ${v} to ${v + 1}`, found);
		lab = {...step(lab), schemaVersion: v + 1};
	}
	return lab;
}
