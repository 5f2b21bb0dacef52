// Colours, in one place. Component states: Running green, Stopping/Starting yellow, Stopped grey, Critical red.

export const theme = {
	accent: 'cyan',
	dim: 'gray',
	border: 'gray',
	prompt: 'white',
	continuation: 'gray',
	badge: 'red',
	ok: 'green',
	warning: 'yellow',
	critical: 'red',
	info: 'white',
} as const;

export function stateColor(state: string, status: string): string {
	if (status === 'Critical') return theme.critical;
	switch (state) {
		case 'Running':
			return status === 'Warning' ? theme.warning : theme.ok;
		case 'Starting':
		case 'Stopping':
			return theme.warning;
		case 'Paused':
			return theme.warning;
		default:
			return theme.dim;
	}
}

export function statusColor(status: string): string {
	return status === 'Critical' ? theme.critical : status === 'Warning' ? theme.warning : theme.ok;
}

export function severityColor(severity: string): string {
	return severity === 'Error' ? theme.critical : severity === 'Warning' ? theme.warning : theme.info;
}

export const isTransition = (state: string): boolean => state === 'Starting' || state === 'Stopping';
