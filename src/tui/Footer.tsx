// The one-line footer: the keys, from the key-binding table, and what is running.

import {memo} from 'react';
import {Text} from 'ink';
import {footerItems} from './key-bindings.ts';
import {theme} from './theme.ts';

export const Footer = memo(function Footer({busy, panesHidden}: {busy: boolean; panesHidden: 'user' | 'small' | null}) {
	const items = footerItems();
	const state = busy ? 'running — Ctrl+C stops it' : panesHidden === 'small' ? 'panes hidden: terminal too small' : '';
	return (
		<Text wrap="truncate" color={theme.dim}>
			{state ? <Text color={theme.warning}>{state} · </Text> : null}
			{items.join(' · ')}
		</Text>
	);
});
