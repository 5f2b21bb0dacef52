// Immutable views for the TUI's panes. A snapshot is deeply frozen; the Site hands out the same object until
// something changes, and when only the clock moved it reuses every section but the clock.

import type {Component, MaintenanceTask, Network, ScpStatus, Site, SiteSystem, SimClock, StatusMessage, Update} from './views.ts';

export interface SiteSnapshot {
	readonly revision: number;
	readonly scenario: string;
	readonly clock: Readonly<SimClock>;
	readonly scp: Readonly<ScpStatus> | null;
	readonly sites: readonly Readonly<Site>[];
	readonly siteSystems: readonly Readonly<SiteSystem>[];
	readonly components: readonly Readonly<Component>[];
	readonly updates: readonly Readonly<Update>[];
	/** The newest status messages, oldest first. */
	readonly messages: readonly Readonly<StatusMessage>[];
	readonly tasks: readonly Readonly<MaintenanceTask>[];
	readonly network: Readonly<Network>;
}

/** How many of the newest status messages a snapshot carries. */
export const SNAPSHOT_MESSAGES = 200;

export function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const v of Object.values(value as object)) deepFreeze(v);
	}
	return value;
}
