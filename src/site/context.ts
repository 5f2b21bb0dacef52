// What every operation and event handler works with: the lab plus indexes rebuilt from it (never saved), and
// the set of things that changed, which the Site turns into one change notification per call.

import type {CompRec, Lab, ServerRec, SiteRec} from './state.ts';

export type ChangeKind = 'clock' | 'component' | 'scp' | 'update' | 'message' | 'log' | 'site' | 'task' | 'network';

export interface Ctx {
	lab: Lab;
	comps: Map<string, CompRec>;
	byServer: Map<string, CompRec[]>;
	touched: Set<ChangeKind>;
	/** Bumped when components or sites are added, removed or reordered (caches of sorted lists key on it). */
	structure: number;
}

export const serverKey = (name: string): string => name.toLowerCase();
export const compKey = (server: string, name: string): string => `${serverKey(server)}|${name.toUpperCase()}`;

export function makeCtx(lab: Lab): Ctx {
	const ctx: Ctx = {lab, comps: new Map(), byServer: new Map(), touched: new Set(), structure: 0};
	reindex(ctx);
	return ctx;
}

/** Rebuilds the component indexes; call after adding or removing components. */
export function reindex(ctx: Ctx): void {
	ctx.structure++;
	ctx.comps.clear();
	ctx.byServer.clear();
	for (const c of ctx.lab.components) {
		ctx.comps.set(compKey(c.server, c.name), c);
		const key = serverKey(c.server);
		let list = ctx.byServer.get(key);
		if (!list) ctx.byServer.set(key, (list = []));
		list.push(c);
	}
}

export const touch = (ctx: Ctx, kind: ChangeKind): void => {
	ctx.touched.add(kind);
};

export const findSite = (lab: Lab, code: string): SiteRec | undefined => {
	const c = code.toUpperCase();
	return lab.sites.find((s) => s.code === c);
};

export const findServer = (lab: Lab, name: string): ServerRec | undefined => {
	const n = serverKey(name);
	return lab.servers.find((s) => serverKey(s.name) === n);
};

export const sameServer = (a: string, b: string): boolean => serverKey(a) === serverKey(b);

/** The top-tier site: the CAS, or the stand-alone primary. */
export function topSite(lab: Lab): SiteRec {
	const top = lab.sites.find((s) => s.parent === null);
	if (!top) throw new Error('lab has no top-tier site');
	return top;
}

export const component = (ctx: Ctx, server: string, name: string): CompRec | undefined => ctx.comps.get(compKey(server, name));

export const isRunning = (ctx: Ctx, server: string, name: string): boolean => component(ctx, server, name)?.state === 'Running';
