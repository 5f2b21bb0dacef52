// Up/Down through the history, after gemini-cli's useInputHistory: index -1 means "composing"; the line being
// composed is kept when Up is first pressed and given back when Down walks past the newest entry.

export interface HistoryNav {
	/** -1 while composing; otherwise how far back (0 = newest). */
	index: number;
	/** The unsent line, saved on the first Up. */
	draft: string;
}

export const composing: HistoryNav = {index: -1, draft: ''};

/** The older entry, or undefined at the oldest. `entries` is oldest first. */
export function previous(nav: HistoryNav, entries: readonly string[], current: string): {nav: HistoryNav; value: string} | undefined {
	const next = nav.index + 1;
	if (next >= entries.length) return undefined;
	const draft = nav.index === -1 ? current : nav.draft;
	return {nav: {index: next, draft}, value: entries[entries.length - 1 - next]!};
}

/** The newer entry, the draft when leaving the newest, or undefined while composing. */
export function following(nav: HistoryNav, entries: readonly string[]): {nav: HistoryNav; value: string} | undefined {
	if (nav.index < 0) return undefined;
	const next = nav.index - 1;
	if (next < 0) return {nav: composing, value: nav.draft};
	return {nav: {index: next, draft: nav.draft}, value: entries[entries.length - 1 - next]!};
}
