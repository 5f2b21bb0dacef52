// How the live region shares the terminal. Ink 6 repaints the whole screen (and loses scrollback) on every frame
// once the live frame is as tall as the terminal, so the region is kept at least one row shorter: the prompt,
// menus and footer take what they need and the panes get what is left — or hide when that is too little.

export interface PaneLayout {
	show: boolean;
	/** Content rows of the top pane row (SCP, Components); 0 when hidden. */
	top: number;
	/** Content rows of the bottom pane row (Updates, Status messages); 0 when it does not fit. */
	bottom: number;
}

/** Content rows the panes want; two rows of border each. */
export const WANT_TOP = 8;
export const WANT_BOTTOM = 5;
const MIN_TOP = 5;
const MIN_BOTTOM = 2;
const MIN_COLUMNS = 60;
/** Below this the panes would leave no room to read command output: they hide by themselves. */
const MIN_ROWS = 20;
/** The second row of panes (Updates, Status messages) only in a terminal this tall, for the same reason. */
const MIN_ROWS_BOTTOM = 30;

/** `reserved`: rows the prompt, dialogs, progress and footer take. */
export function paneLayout(rows: number, columns: number, reserved: number, wanted: boolean): PaneLayout {
	const hidden = {show: false, top: 0, bottom: 0};
	if (!wanted || columns < MIN_COLUMNS || rows < MIN_ROWS) return hidden;
	// One spare row keeps the frame shorter than the terminal.
	const budget = rows - reserved - 1;
	if (budget < MIN_TOP + 2) return hidden;
	const top = Math.min(WANT_TOP, budget - 2);
	const left = budget - (top + 2);
	const bottom = left >= MIN_BOTTOM + 2 && rows >= MIN_ROWS_BOTTOM ? Math.min(WANT_BOTTOM, left - 2) : 0;
	return {show: true, top, bottom};
}

/** Lines of a multi-line prompt shown at once: the rest of the terminal less the footer and a spare row. */
export const promptBudget = (rows: number, reserved: number): number => Math.max(1, rows - reserved - 2);
