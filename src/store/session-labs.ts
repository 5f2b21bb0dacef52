// What Get-SimLab needs of the lab store, attached by the launcher. Keyed by the session's host: cmdlets see the
// runtime through per-scope session views (ScopedSession), but every view shares the runtime's one host. A WeakMap
// keeps src/engine free of any knowledge of labs (the engine never imports src/store) and keeps the catalog out
// of user-visible variables, where a script could overwrite it.

import type {LabInfo} from './lab-store.ts';

export interface LabCatalog {
	/** The labs directory. */
	readonly dir: string;
	/** This session's lab; undefined when ephemeral. */
	readonly current: string | undefined;
	list(): LabInfo[];
}

const catalogs = new WeakMap<object, LabCatalog>();

export function attachLabCatalog(session: {host: object}, catalog: LabCatalog): void {
	catalogs.set(session.host, catalog);
}

export function labCatalogOf(session: {host: object}): LabCatalog | undefined {
	return catalogs.get(session.host);
}
