// Turns the raw strings Ink's stdin parser emits into key presses. We decode them ourselves instead of using
// `useInput` because ink 6's key object has no function keys (F1 and F2 both arrive as an empty input), reports
// Backspace (0x7F) as `delete`, and hands a typed burst such as "Get-ScpStatus\r" over as one string whose Enter is
// lost. Ink has already split the stream at escape sequences, so each call sees one sequence or one run of text.

export interface KeyPress {
	/** 'text' for printable characters, 'paste' for a bracketed paste, otherwise the key's name. */
	name: string;
	/** The characters to insert, for 'text' and 'paste'. */
	text: string;
	ctrl: boolean;
	meta: boolean;
	shift: boolean;
}

const key = (name: string, mods: Partial<Pick<KeyPress, 'ctrl' | 'meta' | 'shift'>> = {}): KeyPress => ({
	name,
	text: '',
	ctrl: mods.ctrl ?? false,
	meta: mods.meta ?? false,
	shift: mods.shift ?? false,
});

export const textKey = (text: string): KeyPress => ({...key('text'), text});

const CSI_NAMES: Record<string, string> = {
	A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end', Z: 'tab', P: 'f1', Q: 'f2', R: 'f3', S: 'f4',
	'1~': 'home', '2~': 'insert', '3~': 'delete', '4~': 'end', '5~': 'pageup', '6~': 'pagedown', '7~': 'home', '8~': 'end',
	'11~': 'f1', '12~': 'f2', '13~': 'f3', '14~': 'f4', '15~': 'f5', '17~': 'f6', '18~': 'f7', '19~': 'f8', '20~': 'f9',
	'21~': 'f10', '23~': 'f11', '24~': 'f12', '[A': 'f1', '[B': 'f2', '[C': 'f3', '[D': 'f4', '[E': 'f5',
};

/** xterm modifier parameter: 1 + (shift 1 | alt 2 | ctrl 4). */
const modifiers = (m: number) => ({shift: ((m - 1) & 1) !== 0, meta: ((m - 1) & 2) !== 0, ctrl: ((m - 1) & 4) !== 0});

function decodeEscape(seq: string): KeyPress {
	if (seq === '\x1b' || seq === '\x1b\x1b') return key('escape');
	const csi = /^\x1b\x1b?[[O](\[?[0-9;]*)([A-Za-z~])$/.exec(seq);
	if (csi) {
		const metaPrefix = seq.startsWith('\x1b\x1b');
		const params = csi[1]!;
		const final = csi[2]!;
		if (params.startsWith('[')) return key(CSI_NAMES[params + final] ?? 'unknown', {meta: metaPrefix});
		const parts = params.split(';');
		const mods = parts.length > 1 ? modifiers(Number(parts[1])) : {shift: false, meta: false, ctrl: false};
		const id = final === '~' ? `${parts[0]}~` : final;
		const name = CSI_NAMES[id] ?? 'unknown';
		if (final === 'Z') return key('tab', {shift: true});
		return key(name, {...mods, meta: mods.meta || metaPrefix});
	}
	// Alt+key arrives as ESC followed by the key.
	const rest = seq.slice(1);
	if (rest === '\x7f' || rest === '\b') return key('backspace', {meta: true});
	if (rest === '\r') return key('return', {meta: true});
	if (rest.length >= 1 && rest.charCodeAt(0) >= 0x20) return {...key(rest.toLowerCase(), {meta: true}), text: rest};
	return key('unknown');
}

/** One control character (below 0x20, or DEL) as a key. */
function decodeControl(ch: string): KeyPress {
	const code = ch.charCodeAt(0);
	switch (code) {
		case 0x0d:
		case 0x0a:
			return key('return');
		case 0x09:
			return key('tab');
		case 0x7f:
		case 0x08:
			return key('backspace');
		case 0x00:
			return key('space', {ctrl: true});
		case 0x1b:
			return key('escape');
		default:
			if (code >= 1 && code <= 26) return key(String.fromCharCode(code + 96), {ctrl: true});
			return key('unknown');
	}
}

const CONTROL = /[\x00-\x1f\x7f]/;

/**
 * Decodes one input event into key presses. A run of text with control characters in it (keys typed faster than
 * the terminal is read, e.g. `text` + Enter) becomes several presses, so the Enter is not lost.
 */
export function decodeInput(data: string): KeyPress[] {
	// ESC then a control key read together (Esc, Ctrl+U typed quickly) are two keys, not one Meta+Ctrl chord.
	if (data.length === 2 && data[0] === '\x1b' && CONTROL.test(data[1]!) && !'\x7f\b\r\x1b'.includes(data[1]!)) {
		return [key('escape'), decodeControl(data[1]!)];
	}
	if (data.startsWith('\x1b')) return [decodeEscape(data)];
	if (!CONTROL.test(data)) return data === '' ? [] : [textKey(data)];
	const out: KeyPress[] = [];
	let run = '';
	let prev = '';
	for (const ch of data) {
		if (CONTROL.test(ch)) {
			if (run) out.push(textKey(run));
			run = '';
			// \r\n is one Enter.
			if (!(ch === '\n' && prev === '\r')) out.push(decodeControl(ch));
		} else {
			run += ch;
		}
		prev = ch;
	}
	if (run) out.push(textKey(run));
	return out;
}

export const PASTE_START = '\x1b[200~';
export const PASTE_END = '\x1b[201~';
