// The SCP pane: site and version, simulated time and rate, configured and effective mode with a red "restart
// required" badge while a mode change waits for SMS_DMP_DOWNLOADER, Intune, proxy, and connectivity health.

import {memo} from 'react';
import {Box, Text} from 'ink';
import type {ScpView} from './site-view.ts';
import {clockStep} from './site-view.ts';
import {Pane} from './Pane.tsx';
import {theme} from './theme.ts';
import {dateTime, monthDayTime, rateText} from './format-time.ts';

const healthColor = {ok: theme.ok, warning: theme.warning, critical: theme.critical, unknown: theme.dim} as const;

const Label = ({children}: {children: string}) => <Text color={theme.dim}>{children}</Text>;

export const ScpPane = memo(function ScpPane({view, rows}: {view: ScpView | null; rows: number}) {
	if (!view) {
		return (
			<Pane title="SCP" rows={rows}>
				<Text color={theme.dim}>no site loaded</Text>
			</Pane>
		);
	}
	const modeChanged = view.mode !== view.effectiveMode;
	const lines = [
		<Text key="site" wrap="truncate">
			<Label>Site </Label>
			<Text bold>{view.siteCode}</Text>
			<Label>{view.server ? ` on ${view.server}` : ''}</Label>
			<Label> v</Label>
			<Text>{view.version}</Text>
		</Text>,
		<Text key="clock" wrap="truncate">
			<Label>Time </Label>
			<Text>{dateTime(view.now, clockStep(view.rate) < 60_000)}</Text>
			<Text color={view.paused ? theme.warning : theme.accent}> {rateText(view.rate, view.paused)}</Text>
		</Text>,
		<Text key="mode" wrap="truncate">
			<Label>Mode </Label>
			<Text bold>{view.mode}</Text>
			<Label> effective </Label>
			<Text bold color={modeChanged ? theme.warning : undefined}>
				{view.effectiveMode}
			</Text>
		</Text>,
		view.restartRequired ? (
			<Text key="badge" wrap="truncate" backgroundColor={theme.badge} color="white" bold>
				{' RESTART REQUIRED: SMS_DMP_DOWNLOADER '}
			</Text>
		) : null,
		<Text key="health" wrap="truncate">
			<Label>Cloud </Label>
			<Text color={healthColor[view.health]}>● {view.healthText}</Text>
		</Text>,
		<Text key="checks" wrap="truncate">
			<Label>Check </Label>
			<Text color={view.lastCheckResult === 'Failed' ? theme.critical : undefined}>{monthDayTime(view.lastCheck)}</Text>
			<Label> next </Label>
			<Text>{monthDayTime(view.nextCheck)}</Text>
		</Text>,
		<Text key="intune" wrap="truncate">
			<Label>Intune </Label>
			<Text>{view.intune}</Text>
			<Label> Proxy </Label>
			<Text>{view.proxy}</Text>
		</Text>,
	].filter(Boolean);
	return (
		<Pane title="SCP" rows={rows}>
			<Box flexDirection="column">{lines.slice(0, rows)}</Box>
		</Pane>
	);
});
