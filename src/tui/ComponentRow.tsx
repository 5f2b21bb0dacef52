// One component: a coloured dot (a spinner while it starts or stops), its name, state and status.

import {memo} from 'react';
import {Text} from 'ink';
import {Spinner} from './Spinner.tsx';
import {isTransition, stateColor, statusColor, theme} from './theme.ts';

export interface ComponentRowProps {
	name: string;
	server: string;
	state: string;
	status: string;
	nameWidth: number;
	showServer: boolean;
}

export const ComponentRow = memo(function ComponentRow({name, server, state, status, nameWidth, showServer}: ComponentRowProps) {
	const color = stateColor(state, status);
	return (
		<Text wrap="truncate">
			{isTransition(state) ? <Spinner color={color} /> : <Text color={color}>●</Text>}
			<Text> {name.padEnd(nameWidth)} </Text>
			<Text color={color}>{state.padEnd(8)}</Text>
			<Text color={statusColor(status)}> {status.padEnd(8)}</Text>
			{showServer ? <Text color={theme.dim}>{server}</Text> : null}
		</Text>
	);
});
