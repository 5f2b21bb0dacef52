// A small spinner for components that are starting or stopping. It ticks only while it is on screen.

import {memo, useEffect, useState} from 'react';
import {Text} from 'ink';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export const Spinner = memo(function Spinner({color}: {color: string}) {
	const [frame, setFrame] = useState(0);
	useEffect(() => {
		const t = setInterval(() => setFrame(f => (f + 1) % FRAMES.length), 120);
		return () => clearInterval(t);
	}, []);
	return <Text color={color}>{FRAMES[frame]}</Text>;
});
