// The offline path of the Service Connection Tool (domain.md 3), as pure functions over plain values.
//
// Our file formats (JSON text; the tool's real .cab files are opaque, so we define our own):
//
//   Usage data (what `-prepare` writes, `-connect` reads):
//     { "format": "scpsh-usage-data", "formatVersion": 1,
//       "hierarchyId": "<GUID>", "siteVersion": "5.00.9132.1000", "productVersion": "2409",
//       "installedHotfixes": ["KB30833053"], "level": "Basic" | "Enhanced" | "Full",
//       "generatedAt": "2025-03-10T00:00:00.000Z",
//       "data": { "basic": {...}, "enhanced"?: {...}, "full"?: {...} } }
//     Higher levels add sections; no level holds site codes, names or server names (domain.md 2.6).
//
//   Update pack (what `-connect` writes into the update pack folder, `-import` reads):
//     { "format": "scpsh-update-pack", "formatVersion": 1, "hierarchyId": "<GUID>",
//       "createdAt": "<ISO time>", "selection": "latest" | "all" | "hotfix" | "siteversion",
//       "updates": [ { "id": "CM2503", "name": "...", "kind": "Release" | "Hotfix", "productVersion": "2503",
//                      "version": "5.00.9135.1000", "kb": null, "packageGuid": "...", "sizeMB": 1780 } ] }

import {CATALOG, appliesTo, fullVersion, offeredTo, productVersionOf, type CatalogEntry} from './catalog.ts';
import {SiteError} from './errors.ts';
import type {UsageDataLevel} from './state.ts';
import {isoTime} from './time.ts';

export const USAGE_FORMAT = 'scpsh-usage-data';
export const PACK_FORMAT = 'scpsh-update-pack';
export const FORMAT_VERSION = 1;

export interface UsageDataDoc {
	format: typeof USAGE_FORMAT;
	formatVersion: number;
	hierarchyId: string;
	siteVersion: string;
	productVersion: string;
	installedHotfixes: string[];
	level: UsageDataLevel;
	generatedAt: string;
	data: {basic: Record<string, unknown>; enhanced?: Record<string, unknown>; full?: Record<string, unknown>};
}

export interface PackUpdate {
	id: string;
	name: string;
	kind: 'Release' | 'Hotfix';
	productVersion: string;
	version: string;
	kb: string | null;
	packageGuid: string | null;
	sizeMB: number;
}

export interface UpdatePackDoc {
	format: typeof PACK_FORMAT;
	formatVersion: number;
	hierarchyId: string;
	createdAt: string;
	selection: PackSelection;
	updates: PackUpdate[];
}

/** -connect download selectors: default = latest release only; -downloadall; -downloadhotfix; -downloadsiteversion. */
export type PackSelection = 'latest' | 'all' | 'hotfix' | 'siteversion';

export interface UsageInputs {
	hierarchyId: string;
	build: number;
	revision: number;
	hotfixes: string[];
	level: UsageDataLevel;
	at: number;
	siteCounts: {cas: number; primary: number; secondary: number};
	componentCount: number;
	scp: {mode: string; intune: boolean; onPremisesMdm: boolean};
}

export function buildUsageData(i: UsageInputs): string {
	const data: UsageDataDoc['data'] = {
		basic: {
			siteCounts: i.siteCounts,
			siteVersion: fullVersion(i.build, i.revision),
			componentCount: i.componentCount,
			sqlServerVersion: '16.0.4135.4',
			siteServerOs: 'Windows Server 2022 Datacenter',
		},
	};
	if (i.level !== 'Basic') {
		data.enhanced = {
			featureUsage: {serviceConnectionPoint: i.scp.mode, intuneSubscription: i.scp.intune, onPremisesMdm: i.scp.onPremisesMdm},
			clientSettings: {policyPollingIntervalMinutes: 60, hardwareInventoryScheduleDays: 7},
		};
	}
	if (i.level === 'Full') {
		data.full = {
			updateCompliancePercent: 94.2,
			endpointProtection: {clientsProtected: 0.97, definitionsOlderThan3Days: 0.02},
			softwareUpdates: {deployments: 42, averageInstallMinutes: 18},
		};
	}
	const doc: UsageDataDoc = {
		format: USAGE_FORMAT, formatVersion: FORMAT_VERSION, hierarchyId: i.hierarchyId, siteVersion: fullVersion(i.build, i.revision),
		productVersion: productVersionOf(i.build), installedHotfixes: [...i.hotfixes], level: i.level, generatedAt: isoTime(i.at), data,
	};
	return JSON.stringify(doc, null, 2);
}

function parseJson(text: string, what: string, id: string): Record<string, unknown> {
	let v: unknown;
	try {
		v = JSON.parse(text);
	} catch (e) {
		throw new SiteError(`The ${what} is not valid JSON: ${(e as Error).message}.`, 'InvalidData', id, null);
	}
	if (!v || typeof v !== 'object' || Array.isArray(v)) throw new SiteError(`The ${what} is not a JSON object.`, 'InvalidData', id, null);
	return v as Record<string, unknown>;
}

function checkFormat(doc: Record<string, unknown>, format: string, what: string, id: string): void {
	if (doc.format !== format) {
		throw new SiteError(`This is not ${what}: its format marker is ${JSON.stringify(doc.format ?? null)}, expected "${format}".`, 'InvalidData', id, doc.format);
	}
	if (doc.formatVersion !== FORMAT_VERSION) {
		throw new SiteError(`Unsupported ${what} format version ${JSON.stringify(doc.formatVersion ?? null)}; this version reads ${FORMAT_VERSION}.`, 'InvalidData', id, doc.formatVersion);
	}
}

export function parseUsageData(text: string): UsageDataDoc {
	const doc = parseJson(text, 'usage data file', 'InvalidUsageData');
	checkFormat(doc, USAGE_FORMAT, 'a usage data file', 'InvalidUsageData');
	const m = typeof doc.siteVersion === 'string' ? /^5\.00\.(\d+)\.(\d+)$/.exec(doc.siteVersion) : null;
	if (typeof doc.hierarchyId !== 'string' || !m || !Array.isArray(doc.installedHotfixes) || typeof doc.generatedAt !== 'string' ||
		Number.isNaN(Date.parse(doc.generatedAt))) {
		throw new SiteError('The usage data file is incomplete: it needs hierarchyId, siteVersion (5.00.<build>.<revision>), installedHotfixes and generatedAt.',
			'InvalidData', 'InvalidUsageData', null);
	}
	return doc as unknown as UsageDataDoc;
}

export function parseUpdatePack(text: string): UpdatePackDoc {
	const doc = parseJson(text, 'update pack', 'InvalidUpdatePack');
	checkFormat(doc, PACK_FORMAT, 'an update pack', 'InvalidUpdatePack');
	if (typeof doc.hierarchyId !== 'string' || !Array.isArray(doc.updates) ||
		!doc.updates.every((u) => u && typeof u === 'object' && typeof (u as PackUpdate).id === 'string')) {
		throw new SiteError('The update pack is incomplete: it needs hierarchyId and an updates list whose entries have an id.', 'InvalidData', 'InvalidUpdatePack', null);
	}
	return doc as unknown as UpdatePackDoc;
}

const toPack = (e: CatalogEntry): PackUpdate => ({
	id: e.id, name: e.name, kind: e.kind, productVersion: e.productVersion,
	version: fullVersion(e.build, e.kind === 'Release' ? 1000 : e.revision ?? 1000), kb: e.kb, packageGuid: e.packageGuid, sizeMB: e.sizeMB,
});

/**
 * The connect phase, run on an internet-connected machine: reads usage data and returns the update pack text.
 * `at` is when the cloud is asked (defaults to the usage data's time).
 */
export function connectUpdatePack(usageText: string, options: {selection?: PackSelection; at?: number} = {}): string {
	const usage = parseUsageData(usageText);
	const selection = options.selection ?? 'latest';
	const at = options.at ?? Date.parse(usage.generatedAt);
	const [, b] = /^5\.00\.(\d+)\./.exec(usage.siteVersion)!;
	const build = Number(b);
	const available = CATALOG.filter((e) => e.availableAt <= at);
	let chosen: CatalogEntry[];
	switch (selection) {
		case 'all':
			chosen = available;
			break;
		case 'hotfix':
			chosen = available.filter((e) => e.kind === 'Hotfix');
			break;
		case 'siteversion':
			chosen = offeredTo({build, hotfixes: usage.installedHotfixes}, at);
			break;
		default: {
			const releases = available.filter((e) => e.kind === 'Release' && appliesTo(e, build, usage.installedHotfixes));
			chosen = releases.length ? [releases.reduce((a, e) => (e.build > a.build ? e : a))] : [];
		}
	}
	const doc: UpdatePackDoc = {
		format: PACK_FORMAT, formatVersion: FORMAT_VERSION, hierarchyId: usage.hierarchyId, createdAt: isoTime(at), selection,
		updates: chosen.map(toPack),
	};
	return JSON.stringify(doc, null, 2);
}
