// Strings that come from data — update names, log lines, status message text, imported files — may hold control
// characters that would move the cursor or recolour the screen. They are removed before anything is drawn.

const CONTROL = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b.?|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/** The text with escape sequences and control characters removed; tabs become a space, line breaks a space. */
export function clean(text: unknown): string {
	return String(text ?? '')
		.replace(/[\t\r\n]+/g, ' ')
		.replace(CONTROL, '');
}
