// A text progress bar: `█████░░░░░ 45%`.

import {memo} from 'react';
import {Text} from 'ink';

export const ProgressBar = memo(function ProgressBar({percent, width = 10, color = 'cyan'}: {percent: number; width?: number; color?: string}) {
	const p = Math.max(0, Math.min(100, Math.round(percent)));
	const filled = Math.round((p / 100) * width);
	return (
		<Text>
			<Text color={color}>{'█'.repeat(filled)}</Text>
			<Text color="gray">{'░'.repeat(width - filled)}</Text>
			<Text> {String(p).padStart(3)}%</Text>
		</Text>
	);
});
