// One update: state first (so a narrow pane cuts the name, not the state), a progress bar while it downloads or
// installs, then the name.

import {memo} from 'react';
import {Text} from 'ink';
import {ProgressBar} from './ProgressBar.tsx';
import {theme} from './theme.ts';

const stateColors: Record<string, string> = {
	Downloading: theme.accent,
	'Ready to install': theme.ok,
	Installed: theme.dim,
	Failed: theme.critical,
	'Prerequisite check failed': theme.critical,
	Installing: theme.warning,
	'Checking prerequisites': theme.warning,
};

export const UpdateRow = memo(function UpdateRow({name, state, percent}: {name: string; state: string; percent: number}) {
	const color = stateColors[state] ?? theme.info;
	const busy = state === 'Downloading' || state === 'Installing';
	return (
		<Text wrap="truncate">
			<Text color={color}>{state.padEnd(16)}</Text>
			{busy ? (
				<Text>
					{' '}
					<ProgressBar percent={percent} />
				</Text>
			) : null}
			<Text> {name}</Text>
		</Text>
	);
});
