// Shared test helpers for the site tests.

import assert from 'node:assert/strict';
import {SiteError, type Site} from '../../src/site/index.ts';

/** Asserts that `fn` throws a SiteError with `id` (and category, if given) and leaves the lab exactly as it was. */
export function assertRefused(site: Site, fn: () => unknown, id: string, category?: string): SiteError {
	const before = JSON.stringify(site.lab);
	let caught: unknown;
	try {
		fn();
	} catch (e) {
		caught = e;
	}
	assert.ok(caught instanceof SiteError, `expected a SiteError ${id}, got ${String(caught)}`);
	assert.equal(caught.id, id, caught.message);
	if (category) assert.equal(caught.category, category);
	assert.equal(JSON.stringify(site.lab), before, 'the lab changed although the call was refused');
	return caught;
}

/** Advances the clock to `at` (when a change settles); a null time means already settled. */
export function settle(site: Site, at: number | null): void {
	if (at !== null && at > site.now) site.advanceTo(at);
}

export const messagesWithId = (site: Site, id: number) => site.getStatusMessages({messageId: id});
