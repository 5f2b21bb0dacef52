// A seeded PRNG (mulberry32) whose whole state is one 32-bit integer kept in the lab, so saving and restoring a
// lab continues the same sequence. Used for GUIDs, thread and process ids.

import type {Lab} from './state.ts';

export function nextRandom(lab: Lab): number {
	let t = (lab.rng = (lab.rng + 0x6d2b79f5) | 0);
	t = Math.imul(t ^ (t >>> 15), t | 1);
	t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** An integer in [lo, hi]. */
export const randomInt = (lab: Lab, lo: number, hi: number): number => lo + Math.floor(nextRandom(lab) * (hi - lo + 1));

/** An upper-case GUID (version 4 layout), as ConfigMgr prints package GUIDs. */
export function randomGuid(lab: Lab): string {
	const hex = (n: number): string => Math.floor(n).toString(16).padStart(8, '0');
	const a = hex(nextRandom(lab) * 2 ** 32), b = hex(nextRandom(lab) * 2 ** 32);
	const c = hex(nextRandom(lab) * 2 ** 32), d = hex(nextRandom(lab) * 2 ** 32);
	const variant = ((parseInt(c[0]!, 16) & 0x3) | 0x8).toString(16);
	return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`.toUpperCase();
}
