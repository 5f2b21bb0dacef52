// What the simulation cmdlets share: the records they write (the clock, the network, a scenario).

import {formatDate} from '../../src/engine/dates.ts';
import {PSDateTime, PSObject} from '../../src/engine/values.ts';
import {SCENARIO_START, type Network, type ScenarioInfo, type SimClock} from '../../src/site/index.ts';
import {toPSObject} from './site.ts';

/** Scpsh.SimClock: Now, Rate, Paused (the contract), and NextEventAt (when the site next has work scheduled). */
export function simClockObject(clock: SimClock): PSObject {
	const obj = toPSObject('Scpsh.SimClock', {Now: clock.Now, Rate: clock.Rate, Paused: clock.Paused});
	obj.set('NextEventAt', clock.NextEventAt === null ? null : new PSDateTime(clock.NextEventAt));
	return obj;
}

/** Scpsh.SimNetwork: the internet link, the firewall's blocked hosts, and whether the proxy wants credentials. */
export const simNetworkObject = (n: Network): PSObject =>
	toPSObject('Scpsh.SimNetwork', {Internet: n.Internet, BlockedHosts: [...n.BlockedHosts], ProxyRequiresAuthentication: n.ProxyRequiresAuthentication});

/** Scpsh.SimScenario: a scenario's name and what it sets up. */
export const simScenarioObject = (s: ScenarioInfo): PSObject => toPSObject('Scpsh.SimScenario', {Name: s.Name, Description: s.Description});

/**
 * A time of a fresh scenario, `offsetMs` after its start, in a .NET format: help examples state what a new
 * site prints without hard-coding the scenarios' starting date.
 */
export function scenarioTime(offsetMs: number, format: string): string {
	return formatDate(new PSDateTime(SCENARIO_START + offsetMs), format);
}
