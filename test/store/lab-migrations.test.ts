import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {LabSchemaError, migrateLab} from '../../src/store/lab-migrations.ts';
import {SCHEMA_VERSION} from '../../src/site/index.ts';

describe('lab migrations', () => {
	it('leave a current lab alone', () => {
		const lab = {schemaVersion: SCHEMA_VERSION, scenario: 'default'};
		assert.deepEqual(migrateLab(lab), lab);
	});

	it('bring an older lab up one step at a time', () => {
		const steps = {
			1: (lab: Record<string, unknown>) => ({...lab, renamed: lab.old, old: undefined}),
			2: (lab: Record<string, unknown>) => ({...lab, added: true}),
		};
		const out = migrateLab({schemaVersion: 1, old: 'x'}, 3, steps);
		assert.equal(out.schemaVersion, 3);
		assert.equal(out.renamed, 'x');
		assert.equal(out.added, true);
	});

	it('refuse a lab from a newer scpsh', () => {
		assert.throws(() => migrateLab({schemaVersion: SCHEMA_VERSION + 1}), (e: unknown) => e instanceof LabSchemaError && /newer scpsh/.test(e.message));
	});

	it('refuse a lab no migration reaches', () => {
		assert.throws(() => migrateLab({schemaVersion: 1}, 3, {2: lab => lab}), /no migration from schema 1 to 2/);
	});

	it('refuse what is not a lab', () => {
		for (const bad of [null, [], 'x', {}, {schemaVersion: 'one'}, {schemaVersion: 0}]) {
			assert.throws(() => migrateLab(bad), LabSchemaError);
		}
	});
});
