// Near matches for a name nobody knows, ranked by fuse.js. Loaded on the error path only, so start-up never pays.

export async function suggestCommands(name: string, candidates: string[], limit = 3): Promise<string[]> {
	if (!name || candidates.length === 0) return [];
	const {default: Fuse} = await import('fuse.js');
	const fuse = new Fuse(candidates, {includeScore: true, threshold: 0.4, ignoreLocation: true});
	const seen = new Set<string>();
	const out: string[] = [];
	for (const hit of fuse.search(name)) {
		const key = hit.item.toLowerCase();
		if (seen.has(key) || key === name.toLowerCase()) continue;
		seen.add(key);
		out.push(hit.item);
		if (out.length >= limit) break;
	}
	return out;
}
