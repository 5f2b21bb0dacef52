// What site cmdlets share: the typed Site from the session, and site records turned into PowerShell objects.

import type {CmdletContext} from '../../src/engine/command.ts';
import type {Site} from '../../src/site/index.ts';
import {PSDateTime, PSObject} from '../../src/engine/values.ts';

/** The session's simulated site. Every product session has one. */
export function siteOf(ctx: CmdletContext): Site {
	const site = ctx.session.site as Site | null;
	if (!site) ctx.fail({message: 'No simulated site is loaded in this session.', id: 'NoSite', category: 'ResourceUnavailable', exceptionType: 'InvalidOperationException'});
	return site;
}

/** Properties holding simulated times (ms since the epoch) become [datetime] values. */
const TIME_PROPERTIES = new Set(['LastUpdateCheck', 'NextUpdateCheck', 'LastStarted', 'Time', 'LastRun', 'NextRun', 'Now', 'LastUsageUpload', 'NextUsageUpload', 'SettlesAt', 'StartTime', 'EndTime', 'AvailableSince', 'DateReleased']);

/** Wraps a site record (plain object with contract names) as a typed PSObject: `Scpsh.ScpStatus` and friends. */
export function toPSObject(typeName: string, record: object): PSObject {
	const obj = new PSObject(typeName);
	for (const [key, value] of Object.entries(record)) {
		obj.set(key, TIME_PROPERTIES.has(key) && typeof value === 'number' ? new PSDateTime(value) : plain(value));
	}
	return obj;
}

function plain(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(plain);
	if (value && typeof value === 'object' && !(value instanceof PSObject)) {
		const obj = new PSObject();
		for (const [k, v] of Object.entries(value)) obj.set(k, plain(v));
		return obj;
	}
	return value === undefined ? null : value;
}
