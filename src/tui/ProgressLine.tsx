// Write-Progress of the running command, as one line above the prompt.

import {memo} from 'react';
import {Text} from 'ink';
import type {ProgressRecord} from '../host/host.ts';
import {ProgressBar} from './ProgressBar.tsx';
import {clean} from './sanitize.ts';

export const ProgressLine = memo(function ProgressLine({record}: {record: ProgressRecord}) {
	return (
		<Text wrap="truncate">
			<Text color="cyan">{clean(record.activity)} </Text>
			{record.percentComplete >= 0 ? <ProgressBar percent={record.percentComplete} width={20} /> : null}
			<Text> {clean(record.status)}</Text>
		</Text>
	);
});
