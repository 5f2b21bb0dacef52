// The Microsoft cloud catalog of Configuration Manager updates, with real release numbers, builds, KB numbers
// and dates (domain.md 5.4/5.5 and the hotfix articles under intune/configmgr/hotfix/ in MicrosoftDocs/memdocs).
// Guesses are marked [guess]. An entry "becomes available" at `availableAt`; the site sees it at its next
// check (online) or through an update pack (offline).

import type {SiteRec, UpdateKind} from './state.ts';
import {utc} from './time.ts';

export interface CatalogEntry {
	id: string;
	name: string;
	kind: UpdateKind;
	/** The release this is (Release) or applies to (Hotfix), e.g. '2503'. */
	productVersion: string;
	/** Release build (Release) or the build a hotfix applies to (Hotfix). */
	build: number;
	/** Full-version revision after install: 1000 for a release; a hotfix's revision, or null when it changes none. */
	revision: number | null;
	kb: string | null;
	packageGuid: string | null;
	availableAt: number;
	sizeMB: number;
	/** Release: the oldest site build it can be installed on. */
	minBuild: number;
	/** Hotfix: catalog ids that must be installed first. */
	requires: string[];
	/** Hotfix: ids it contains, hidden once it is available. */
	supersedes: string[];
	description: string;
}

const release = (v: string, build: number, at: number, guid: string, minBuild: number, sizeMB: number): CatalogEntry => ({
	id: `CM${v}`, name: `Configuration Manager ${v}`, kind: 'Release', productVersion: v, build, revision: 1000, kb: null,
	packageGuid: guid, availableAt: at, sizeMB, minBuild, requires: [], supersedes: [],
	description: `Configuration Manager current branch, version ${v} (site version 5.00.${build}.1000).`,
});

const hotfix = (v: string, build: number, kb: string, title: string, rollup: boolean, at: number, revision: number | null,
	sizeMB: number, requires: string[] = [], supersedes: string[] = []): CatalogEntry => ({
	id: `KB${kb}`, name: `Configuration Manager ${v} ${rollup ? 'Hotfix Rollup' : 'Hotfix'} (KB${kb})`, kind: 'Hotfix',
	productVersion: v, build, revision, kb: `KB${kb}`, packageGuid: null, availableAt: at, sizeMB, minBuild: build,
	requires, supersedes, description: title,
});

export const CATALOG: readonly CatalogEntry[] = [
	// minBuild values of releases are [guess]: each release is offered to the versions still in support.
	release('2403', 9128, utc(2024, 4, 22), '5B8886C7-F967-4F8A-92AA-009E28368853', 9096, 1650),
	release('2409', 9132, utc(2024, 12, 4), '3B7D84FA-ECCC-4EA0-B8AB-ABBDA1E88E0E', 9106, 1720),
	hotfix('2409', 9132, '30833053', 'Cloud management gateway installation update for Configuration Manager 2409', false,
		utc(2025, 1, 24), null, 24),
	// Client build 5.0.9132.1023 per the KB; the site revision is taken to match [guess].
	hotfix('2409', 9132, '30385346', 'Update rollup for Microsoft Configuration Manager version 2409', true,
		utc(2025, 3, 12), 1023, 420, [], ['KB30833053']),
	release('2503', 9135, utc(2025, 3, 31), 'AA928926-5C76-4DE0-B51F-0FE4D365DFE2', 9128, 1780),
	hotfix('2409', 9132, '33926600', 'SQL injection security update for Microsoft Configuration Manager', false,
		utc(2025, 7, 30), 1028, 60, ['KB30385346']),
	hotfix('2503', 9135, '32851084', 'Update rollup for Microsoft Configuration Manager version 2503', true,
		utc(2025, 9, 30), 1013, 450),
	hotfix('2409', 9132, '35360093', 'Administration service and CMPivot security update for Microsoft Configuration Manager', false,
		utc(2025, 10, 15), 1031, 75, ['KB30385346']),
	release('2509', 9141, utc(2025, 11, 11), '420E3E18-73C5-4BE9-88B0-6F1E30A012CA', 9132, 1810),
];

export const catalogEntry = (id: string): CatalogEntry | undefined => CATALOG.find((e) => e.id === id);

export const productVersionOf = (build: number): string =>
	CATALOG.find((e) => e.kind === 'Release' && e.build === build)?.productVersion ?? `5.00.${build}`;

export const fullVersion = (build: number, revision = 1000): string => `5.00.${build}.${revision}`;

/** Does `e` apply to a site at this build with these hotfixes installed? */
export function appliesTo(e: CatalogEntry, build: number, hotfixes: readonly string[]): boolean {
	if (e.kind === 'Release') return e.build > build && build >= e.minBuild;
	return e.build === build && !hotfixes.includes(e.id) && e.requires.every((r) => hotfixes.includes(r));
}

/** Entries the cloud offers a site at time `at`: available, applicable, and not superseded by another available one. */
export function offeredTo(site: Pick<SiteRec, 'build' | 'hotfixes'>, at: number): CatalogEntry[] {
	const available = CATALOG.filter((e) => e.availableAt <= at);
	const superseded = new Set(available.filter((e) => e.build === site.build).flatMap((e) => e.supersedes));
	return available.filter((e) => appliesTo(e, site.build, site.hotfixes) && !superseded.has(e.id));
}
