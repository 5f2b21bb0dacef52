// The live panes: SCP and Components on top, Updates and Status messages below (when there is room). They read
// the site through useSyncExternalStore over throttled snapshots; each selector reruns only when its section of
// the snapshot changed (the site reuses unchanged sections), so a clock tick redraws only the clock.

import {useMemo, useSyncExternalStore} from 'react';
import {Box} from 'ink';
import type {ThrottledSite} from './throttled-site.ts';
import {selectComponents, selectMessages, selectScp, selectUpdates} from './site-view.ts';
import {ScpPane} from './ScpPane.tsx';
import {ComponentsPane} from './ComponentsPane.tsx';
import {UpdatesPane} from './UpdatesPane.tsx';
import {MessagesPane} from './MessagesPane.tsx';
import type {PaneLayout} from './layout.ts';

export function Panes({site, layout}: {site: ThrottledSite; layout: PaneLayout}) {
	const snap = useSyncExternalStore(site.subscribe, site.getSnapshot);
	const scp = useMemo(() => selectScp(snap), [snap.scp, snap.clock, snap.sites, snap.components, snap.network]);
	const components = useMemo(() => selectComponents(snap), [snap.components, snap.sites]);
	const updates = useMemo(() => selectUpdates(snap), [snap.updates]);
	const messages = useMemo(() => selectMessages(snap, layout.bottom), [snap.messages, layout.bottom]);
	return (
		<Box flexDirection="column">
			<Box flexDirection="row">
				<ScpPane view={scp} rows={layout.top} />
				<ComponentsPane rows={layout.top} list={components} />
			</Box>
			{layout.bottom > 0 ? (
				<Box flexDirection="row">
					<UpdatesPane rows={layout.bottom} list={updates} />
					<MessagesPane rows={layout.bottom} list={messages} />
				</Box>
			) : null}
		</Box>
	);
}
