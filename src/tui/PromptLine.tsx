// The prompt: `PS PS1:\> ` then the line, continuation lines after `>> `, the cursor drawn inverse. A buffer
// taller than the room it has shows the lines around the cursor. During Ctrl+R it shows PSReadLine's
// `bck-i-search:` line instead.

import {memo} from 'react';
import {Box, Text} from 'ink';
import {theme} from './theme.ts';
import {CONTINUATION, promptText} from './prompt-text.ts';

interface Props {
	location: string;
	value: string;
	cursor: number;
	maxLines: number;
	search?: {query: string; found: boolean} | null;
}

function Cursorized({text, at}: {text: string; at: number}) {
	if (at < 0) return <Text>{text}</Text>;
	const ch = [...text.slice(at)][0] ?? ' ';
	return (
		<Text>
			{text.slice(0, at)}
			<Text inverse>{ch}</Text>
			{text.slice(at + ch.length)}
		</Text>
	);
}

export const PromptLine = memo(function PromptLine({location, value, cursor, maxLines, search}: Props) {
	const lines = value.split('\n');
	// Which line and column the cursor is on.
	let row = 0;
	let offset = 0;
	for (; row < lines.length - 1 && offset + lines[row]!.length < cursor; row++) offset += lines[row]!.length + 1;
	const col = cursor - offset;
	const first = Math.max(0, Math.min(row - maxLines + 1, lines.length - maxLines));
	const shown = lines.slice(first, first + maxLines);
	return (
		<Box flexDirection="column">
			{shown.map((line, i) => {
				const index = first + i;
				return (
					<Text key={index} wrap="wrap">
						{index === 0 ? <Text color={theme.prompt}>{promptText(location)}</Text> : <Text color={theme.continuation}>{CONTINUATION}</Text>}
						<Cursorized text={line} at={index === row && !search ? col : -1} />
					</Text>
				);
			})}
			{search ? (
				<Text color={search.found ? theme.accent : theme.critical}>
					bck-i-search: {search.query}
					<Text inverse> </Text>
				</Text>
			) : null}
		</Box>
	);
});
