// One status message: time, severity letter, id, component and text, coloured by severity.

import {memo} from 'react';
import {Text} from 'ink';
import {severityColor, theme} from './theme.ts';
import {shortTime} from './format-time.ts';

export const MessageRow = memo(function MessageRow({time, severity, id, component, text}: {time: number; severity: string; id: number; component: string; text: string}) {
	const color = severityColor(severity);
	return (
		<Text wrap="truncate" color={color}>
			<Text color={theme.dim}>{shortTime(time)} </Text>
			<Text bold>{severity[0]} </Text>
			<Text>{String(id).padStart(5)} </Text>
			<Text color={theme.dim}>{component} </Text>
			<Text>{text}</Text>
		</Text>
	);
});
