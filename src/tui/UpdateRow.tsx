// One update: name, state, and a progress bar while it downloads.

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
			<Text>{name} </Text>
			<Text color={color}>{state}</Text>
			{busy ? (
				<Text>
					{' '}
					<ProgressBar percent={percent} />
				</Text>
			) : null}
		</Text>
	);
});
