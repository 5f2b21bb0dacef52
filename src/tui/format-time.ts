// Simulated times for the panes: `2025-03-10 06:00:12` (UTC, as the simulation has no time zone) and short forms.

const pad = (n: number) => String(n).padStart(2, '0');

export function dateTime(ms: number, seconds = true): string {
	const d = new Date(ms);
	const hm = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
	return seconds ? `${hm}:${pad(d.getUTCSeconds())}` : hm;
}

export function shortTime(ms: number): string {
	const d = new Date(ms);
	return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** `03-10 06:00`, for last/next check. */
export function monthDayTime(ms: number | null): string {
	if (ms === null) return '—';
	const d = new Date(ms);
	return `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

export function rateText(rate: number, paused: boolean): string {
	if (paused) return 'paused';
	return `×${rate >= 1000 ? rate.toLocaleString('en-US') : rate}`;
}
