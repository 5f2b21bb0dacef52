// What the panes need of the simulated site, and the selectors that turn a site snapshot into rows. The panes
// depend on this small interface, not on the Site class, so they are tested with hand-made snapshots.
// Every string that came from data is cleaned of control characters here, once, before it can reach the screen.

import type {SiteSnapshot} from '../site/snapshot.ts';
import {clean} from './sanitize.ts';

export type {SiteSnapshot};

export interface SiteSource {
	/** Immutable; the same object until something changes. */
	snapshot(): SiteSnapshot;
	/** Calls `listener` after each change; returns the unsubscriber. */
	onChange(listener: () => void): (() => void) | void;
	/** Lets simulated time pass, running what falls due. */
	advance(ms: number): void;
}

/** The SCP's and the site server's key components, shown first in this order. */
export const KEY_COMPONENTS = [
	'SMS_DMP_DOWNLOADER',
	'SMS_DMP_UPLOADER',
	'SMS_SERVICE_CONNECTOR',
	'SMS_EXECUTIVE',
	'SMS_HIERARCHY_MANAGER',
	'SMS_DISTRIBUTION_MANAGER',
	'SMS_SITE_BACKUP',
] as const;

export type Health = 'ok' | 'warning' | 'critical' | 'unknown';

export interface ScpView {
	siteCode: string;
	server: string;
	version: string;
	now: number;
	rate: number;
	paused: boolean;
	mode: string;
	effectiveMode: string;
	restartRequired: boolean;
	intune: string;
	proxy: string;
	usageLevel: string;
	lastCheck: number | null;
	lastCheckResult: string | null;
	nextCheck: number | null;
	health: Health;
	healthText: string;
}

export interface ComponentRowView {
	key: string;
	name: string;
	server: string;
	state: string;
	status: string;
}

export interface UpdateRowView {
	key: string;
	name: string;
	state: string;
	percent: number;
}

export interface MessageRowView {
	key: string;
	time: number;
	severity: string;
	id: number;
	component: string;
	text: string;
}

const shortHost = (name: string): string => name.split('.')[0] ?? name;

export function selectScp(s: SiteSnapshot): ScpView | null {
	const scp = s.scp;
	const clock = s.clock;
	const top = s.sites.find(site => site.ParentSiteCode === null) ?? s.sites[0];
	if (!scp) {
		return {
			siteCode: clean(top?.SiteCode ?? '—'), server: '', version: clean(top?.ProductVersion ?? ''), now: clock.Now, rate: clock.Rate,
			paused: clock.Paused, mode: '—', effectiveMode: '—', restartRequired: false, intune: 'No', proxy: 'None', usageLevel: '',
			lastCheck: null, lastCheckResult: null, nextCheck: null, health: 'unknown', healthText: 'no service connection point',
		};
	}
	const connector = s.components.find(c => c.Name === 'SMS_SERVICE_CONNECTOR' && c.ServerName.toLowerCase() === scp.ServerName.toLowerCase());
	let health: Health = 'ok';
	let healthText = 'OK';
	if (s.network.Internet === 'Disconnected') {
		health = 'critical';
		healthText = 'no internet';
	} else if (connector?.Status === 'Critical' || scp.LastUpdateCheckResult === 'Failed') {
		health = 'critical';
		healthText = scp.LastUpdateCheckResult === 'Failed' ? 'last check failed' : 'connector critical';
	} else if (connector?.Status === 'Warning') {
		health = 'warning';
		healthText = 'connector warning';
	} else if (scp.EffectiveMode === 'Offline') {
		healthText = 'offline (Service Connection Tool)';
	}
	return {
		siteCode: clean(scp.SiteCode),
		server: clean(shortHost(scp.ServerName)),
		version: clean(top?.ProductVersion ?? scp.Version),
		now: clock.Now,
		rate: clock.Rate,
		paused: clock.Paused,
		mode: scp.Mode,
		effectiveMode: scp.EffectiveMode,
		restartRequired: scp.RestartRequired,
		intune: scp.IntuneSubscription ? 'Yes' : 'No',
		proxy: scp.ProxyServer ? clean(`${scp.ProxyServer}${scp.ProxyPort ? `:${scp.ProxyPort}` : ''}`) : 'None',
		usageLevel: scp.UsageDataLevel,
		lastCheck: scp.LastUpdateCheck,
		lastCheckResult: scp.LastUpdateCheckResult,
		nextCheck: scp.NextUpdateCheck,
		health,
		healthText,
	};
}

/** Key components first (in KEY_COMPONENTS order, the SCP host's before the site server's), then the rest. */
export function selectComponents(s: SiteSnapshot): ComponentRowView[] {
	const rank = (name: string): number => {
		const i = (KEY_COMPONENTS as readonly string[]).indexOf(name);
		return i < 0 ? KEY_COMPONENTS.length : i;
	};
	const top = s.sites.find(site => site.ParentSiteCode === null)?.SiteCode;
	const list = s.components
		.map((c, i) => ({c, i}))
		.sort((a, b) => {
			const at = a.c.SiteCode === top ? 0 : 1;
			const bt = b.c.SiteCode === top ? 0 : 1;
			return at - bt || rank(a.c.Name) - rank(b.c.Name) || a.i - b.i;
		});
	return list.map(({c}) => ({
		key: `${c.ServerName}|${c.Name}`,
		name: clean(c.Name),
		server: clean(shortHost(c.ServerName)),
		state: c.State,
		status: c.Status,
	}));
}

export function selectUpdates(s: SiteSnapshot): UpdateRowView[] {
	// Newest releases first; installed ones last, they are history.
	const installed = (state: string) => (state === 'Installed' ? 1 : 0);
	return [...s.updates]
		.sort((a, b) => installed(a.State) - installed(b.State) || b.DetectedTime - a.DetectedTime)
		.map(u => ({key: u.Id, name: clean(u.Name).replace(/^Configuration Manager /, 'CM '), state: clean(u.State), percent: Math.max(0, Math.min(100, u.PercentComplete || 0))}));
}

/** The newest `count` status messages, newest first. */
export function selectMessages(s: SiteSnapshot, count: number): MessageRowView[] {
	const out: MessageRowView[] = [];
	for (let i = s.messages.length - 1; i >= 0 && out.length < count; i--) {
		const m = s.messages[i]!;
		out.push({key: String(m.Seq), time: m.Time, severity: m.Severity, id: m.MessageId, component: clean(m.Component), text: clean(m.Description)});
	}
	return out;
}

/**
 * Whether the panes would look the same for both snapshots. At low rates the clock is shown to the minute, so a
 * shell left idle at rate 1 redraws once a minute rather than every second (Ink re-renders the whole frame on
 * any change, which alone would cost more than the 2% idle budget).
 */
export function sameDisplay(a: SiteSnapshot, b: SiteSnapshot): boolean {
	if (a === b) return true;
	const {clock: ca, ...ra} = a;
	const {clock: cb, ...rb} = b;
	for (const k of Object.keys(ra) as (keyof typeof ra)[]) if (k !== 'revision' && ra[k] !== rb[k]) return false;
	const step = clockStep(ca.Rate);
	return ca.Rate === cb.Rate && ca.Paused === cb.Paused && Math.floor(ca.Now / step) === Math.floor(cb.Now / step);
}

/** How finely the SCP pane shows simulated time: to the minute below rate 10, else to the second. */
export const clockStep = (rate: number): number => (rate < 10 ? 60_000 : 1000);
