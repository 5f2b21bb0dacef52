// The one error type the site throws. Its category names are PowerShell's ErrorCategory values, so the cmdlet
// layer can turn it into an ErrorRecord without a mapping table. A SiteError always means "nothing changed".

export type SiteErrorCategory =
	| 'ObjectNotFound'
	| 'InvalidOperation'
	| 'InvalidArgument'
	| 'InvalidData'
	| 'ResourceExists'
	| 'ResourceUnavailable'
	| 'ConnectionError'
	| 'LimitsExceeded'
	| 'NotEnabled';

export class SiteError extends Error {
	override readonly name = 'SiteError';
	readonly category: SiteErrorCategory;
	/** Stable id for scripts and tests, e.g. `ScpModeRefusedIntune`. */
	readonly id: string;
	/** What the error is about (a name, a value, a site code). */
	readonly target: unknown;

	constructor(message: string, category: SiteErrorCategory, id: string, target?: unknown) {
		super(message);
		this.category = category;
		this.id = id;
		this.target = target ?? null;
	}
}

/** Levenshtein distance, case-insensitive. */
export function editDistance(a: string, b: string): number {
	const x = a.toLowerCase(), y = b.toLowerCase();
	if (x === y) return 0;
	let prev = Array.from({length: y.length + 1}, (_, i) => i);
	for (let i = 1; i <= x.length; i++) {
		const cur = [i];
		for (let j = 1; j <= y.length; j++) {
			cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
		}
		prev = cur;
	}
	return prev[y.length]!;
}

/** Up to `max` candidates close to `wanted`: small edit distance, or sharing a prefix/substring. Distinct, best first. */
export function nearMatches(wanted: string, candidates: Iterable<string>, max = 3): string[] {
	const w = wanted.toLowerCase();
	const limit = Math.max(2, Math.floor(w.length / 3));
	const scored: {name: string; score: number}[] = [];
	const seen = new Set<string>();
	for (const c of candidates) {
		const key = c.toLowerCase();
		if (seen.has(key)) continue;
		seen.add(key);
		let score = editDistance(w, key);
		if (w.length >= 3 && (key.includes(w) || w.includes(key))) score = Math.min(score, 1);
		if (score <= limit) scored.push({name: c, score});
	}
	scored.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name));
	return scored.slice(0, max).map((s) => s.name);
}

/** ` Did you mean: A, B?` or an empty string. */
export function suggest(wanted: string, candidates: Iterable<string>): string {
	const near = nearMatches(wanted, candidates);
	return near.length ? ` Did you mean: ${near.join(', ')}?` : '';
}

export function notFound(kind: string, wanted: string, candidates: Iterable<string>, id: string, extra = ''): SiteError {
	return new SiteError(`${kind} '${wanted}' was not found.${suggest(wanted, candidates)}${extra}`, 'ObjectNotFound', id, wanted);
}
