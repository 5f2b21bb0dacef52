// Bounded ring buffers kept as plain JSON: `items` never grows past `cap`, so a year-long run holds steady memory.
// `total` counts every push ever made, which gives each entry a sequence number (its push index) that readers
// such as `Get-SiteLog -Wait` use to ask for "what is new since N".

export interface Ring<T> {
	cap: number;
	total: number;
	items: T[];
}

export const newRing = <T>(cap: number): Ring<T> => ({cap, total: 0, items: []});

export function ringPush<T>(ring: Ring<T>, item: T): void {
	if (ring.items.length < ring.cap) ring.items.push(item);
	else ring.items[ring.total % ring.cap] = item;
	ring.total++;
}

/** Oldest first. */
export function ringItems<T>(ring: Ring<T>): T[] {
	if (ring.items.length < ring.cap) return ring.items.slice();
	const head = ring.total % ring.cap;
	return ring.items.slice(head).concat(ring.items.slice(0, head));
}

/** Sequence number of the oldest entry still held. */
export const ringFirstSeq = <T>(ring: Ring<T>): number => ring.total - ring.items.length;
