// Ctrl+R: PSReadLine's incremental backward search (`bck-i-search:`). Pure state; the prompt shows the match.

export interface SearchState {
	query: string;
	/** Index into the history (oldest first) of the shown match; -1 when nothing matches. */
	match: number;
	/** The line as it was before the search, restored by Esc. */
	original: string;
}

/** The newest entry at or before `from` that contains `query` (case-insensitive); -1 when none. */
export function findBackward(entries: readonly string[], query: string, from: number): number {
	const q = query.toLowerCase();
	for (let i = Math.min(from, entries.length - 1); i >= 0; i--) if (entries[i]!.toLowerCase().includes(q)) return i;
	return -1;
}

export const startSearch = (entries: readonly string[], original: string): SearchState => ({query: '', match: entries.length - 1, original});

/** The query grew or shrank: search again from the newest entry. */
export const setQuery = (entries: readonly string[], s: SearchState, query: string): SearchState => ({
	...s,
	query,
	match: findBackward(entries, query, entries.length - 1),
});

/** Ctrl+R again: the next older match, staying put when there is none. */
export function searchOlder(entries: readonly string[], s: SearchState): SearchState {
	if (s.match <= 0) return s;
	const m = findBackward(entries, s.query, s.match - 1);
	return m < 0 ? s : {...s, match: m};
}

export const matchText = (entries: readonly string[], s: SearchState): string => (s.match >= 0 ? (entries[s.match] ?? '') : '');
