// The network between the SCP host and Microsoft's cloud: the seed's three endpoint lists (all TCP 443), a
// firewall block list, the internet link, and the web proxy configured on the SCP host (with or without
// authentication). Reachability is computed, never stored, so changing the network takes effect at once.

import {SiteError} from './errors.ts';
import type {Feature, Lab, NetworkRec, ProxyRec} from './state.ts';

export interface EndpointDef {
	/** As the seed writes it; `{TenantID}` is replaced by the subscription's tenant. */
	endpoint: string;
	feature: Feature;
}

export const FEATURES: readonly Feature[] = ['UpdatesAndServicing', 'Intune', 'WindowsServicing'];
export const FEATURE_TITLES: Record<Feature, string> = {
	UpdatesAndServicing: 'Updates and servicing',
	Intune: 'Microsoft Intune',
	WindowsServicing: 'Windows 10 servicing',
};

// The seed's lists, in its order.
export const ENDPOINTS: readonly EndpointDef[] = [
	{endpoint: '*.akamaiedge.net', feature: 'UpdatesAndServicing'},
	{endpoint: '*.manage.microsoft.com', feature: 'UpdatesAndServicing'},
	{endpoint: 'go.microsoft.com', feature: 'UpdatesAndServicing'},
	{endpoint: 'blob.core.windows.net', feature: 'UpdatesAndServicing'},
	{endpoint: 'download.microsoft.com', feature: 'UpdatesAndServicing'},
	{endpoint: 'sccmconnected-a01.cloudapp.net', feature: 'UpdatesAndServicing'},
	{endpoint: '*manage.microsoft.com', feature: 'Intune'},
	{endpoint: 'https://bspmts.mp.microsoft.com/V', feature: 'Intune'},
	{endpoint: 'https://login.microsoftonline.com/{TenantID}', feature: 'Intune'},
	{endpoint: 'download.microsoft.com', feature: 'WindowsServicing'},
	{endpoint: 'https://go.microsoft.com/fwlink/?LinkID=619849', feature: 'WindowsServicing'},
];

export const PORT = 443;

// What each piece of SCP work talks to. The manifest comes through the go.microsoft.com fwlink and the
// connected service at *.manage.microsoft.com; payloads come from the download and CDN hosts (domain.md 1).
export const CHECK_ENDPOINTS = ['go.microsoft.com', '*.manage.microsoft.com', 'download.microsoft.com', 'sccmconnected-a01.cloudapp.net'];
export const DOWNLOAD_ENDPOINTS = ['download.microsoft.com', '*.akamaiedge.net', 'blob.core.windows.net'];
export const UPLOAD_ENDPOINTS = ['sccmconnected-a01.cloudapp.net', '*.manage.microsoft.com'];

/** `https://go.microsoft.com/fwlink/?x` → `go.microsoft.com`; host patterns pass through, lower-cased. */
export function hostOf(endpoint: string): string {
	const m = /^[a-z]+:\/\/([^/?#:]+)/i.exec(endpoint.trim());
	return (m ? m[1]! : endpoint.trim().split(/[/?#]/)[0]!).toLowerCase();
}

const wildcard = (pattern: string, text: string): boolean => {
	const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i');
	return re.test(text);
};

/** A block entry covers an endpoint when either names the other (so `*.microsoft.com` blocks `go.microsoft.com`,
 * and `sccm.manage.microsoft.com` breaks the `*.manage.microsoft.com` endpoint). */
export const blocks = (entry: string, host: string): boolean => entry === host || wildcard(entry, host) || wildcard(host, entry);

export function validateHost(text: string): string {
	const host = hostOf(String(text));
	if (!/^[a-z0-9*]([a-z0-9*.-]*[a-z0-9*])?$/.test(host)) {
		throw new SiteError(`'${text}' is not a host name or pattern (for example go.microsoft.com or *.manage.microsoft.com).`,
			'InvalidArgument', 'InvalidHostName', text);
	}
	return host;
}

export interface Reach {
	reachable: boolean;
	route: 'Direct' | 'Proxy';
	error: string | null;
}

/** Can the SCP host open TCP 443 to `endpoint` now? */
export function reach(net: NetworkRec, proxy: ProxyRec | null, endpoint: string): Reach {
	const host = hostOf(endpoint);
	const route = proxy ? 'Proxy' : 'Direct';
	const fail = (error: string): Reach => ({reachable: false, route, error});
	if (!net.internet) {
		return fail(proxy
			? `The proxy ${proxy.server}:${proxy.port} has no internet connection (HTTP 502 Bad Gateway)`
			: 'No internet connection: the name could not be resolved (WinHTTP error 12007)');
	}
	if (proxy && net.proxyRequiresAuthentication && !proxy.account) {
		return fail(`The proxy ${proxy.server}:${proxy.port} requires authentication and no proxy account is set (HTTP 407 Proxy Authentication Required)`);
	}
	const entry = net.blocked.find((b) => blocks(b, host));
	if (entry) {
		return fail(proxy
			? `The proxy refused the connection to ${host}:443: blocked by the firewall rule '${entry}' (HTTP 403 Forbidden)`
			: `TCP 443 to ${host} was blocked by the firewall rule '${entry}': the operation timed out (WinHTTP error 12002)`);
	}
	return {reachable: true, route, error: null};
}

/** First failure among `endpoints`, or null when all are reachable. */
export function firstFailure(net: NetworkRec, proxy: ProxyRec | null, endpoints: readonly string[]): {endpoint: string; error: string} | null {
	for (const e of endpoints) {
		const r = reach(net, proxy, e);
		if (!r.reachable) return {endpoint: e, error: r.error!};
	}
	return null;
}

/** Endpoints of the SCP as configured: Intune ones only with a subscription. */
export function endpointsFor(lab: Lab): {endpoint: string; feature: Feature}[] {
	const tenant = lab.scp?.tenantId ?? null;
	return ENDPOINTS.filter((e) => e.feature !== 'Intune' || tenant)
		.map((e) => ({endpoint: e.endpoint.replace('{TenantID}', tenant ?? '{TenantID}'), feature: e.feature}));
}

export function parseFeature(text: string): Feature {
	const t = String(text).replace(/[\s_-]/g, '').toLowerCase();
	const aliases: Record<string, Feature> = {
		updatesandservicing: 'UpdatesAndServicing', updates: 'UpdatesAndServicing', servicing: 'UpdatesAndServicing',
		intune: 'Intune', microsoftintune: 'Intune',
		windowsservicing: 'WindowsServicing', windows10servicing: 'WindowsServicing',
	};
	const f = aliases[t];
	if (!f) throw new SiteError(`'${text}' is not a feature. Valid values: ${FEATURES.join(', ')}.`, 'InvalidArgument', 'InvalidFeature', text);
	return f;
}
