// A hand-made site for the TUI tests: snapshots in the shape of src/site/snapshot.ts, changed by the test.

import type {SiteSnapshot, SiteSource} from '../../src/tui/site-view.ts';

type Mutable<T> = {-readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K]};

export const T0 = Date.UTC(2025, 2, 10, 6, 0, 0);

export function baseSnapshot(): SiteSnapshot {
	const comp = (Name: string, State = 'Running', Status = 'OK', ServerName = 'CM01.contoso.com') => ({
		Name, SiteCode: 'PS1', ServerName, State, Status, Type: 'Thread', LastStarted: T0, SettlesAt: null, TargetState: 'Running', ThreadId: 1,
	});
	return {
		revision: 1,
		scenario: 'default',
		clock: {Now: T0, Rate: 1, Paused: false, NextEventAt: null},
		scp: {
			SiteCode: 'PS1', ServerName: 'CM01.contoso.com', Mode: 'Online', EffectiveMode: 'Online', RestartRequired: false, IntuneSubscription: false,
			OnPremisesMdm: false, UsageDataLevel: 'Enhanced', ProxyServer: null, LastUpdateCheck: T0 - 3600_000, NextUpdateCheck: T0 + 20 * 3600_000,
			SiteVersion: '5.00.9132.1000', Version: '5.00.9132.1000', TenantId: null, ProxyPort: null, ProxyAccount: null, InstallationAccount: null,
			LastUpdateCheckResult: 'Succeeded', UpdateCheckPending: false, LastUsageUpload: null, NextUsageUpload: null, DownloaderState: 'Running',
		},
		sites: [{SiteCode: 'PS1', Type: 'Primary', ParentSiteCode: null, ServerName: 'CM01.contoso.com', Version: '5.00.9132.1000', BuildNumber: 9132, SiteName: 'Primary', ProductVersion: '2409', FullVersion: '5.00.9132.1000', InstalledHotfixes: []}],
		siteSystems: [],
		components: [
			comp('SMS_EXECUTIVE'),
			comp('SMS_SITE_BACKUP', 'Stopped'),
			comp('SMS_DMP_DOWNLOADER'),
			comp('SMS_DMP_UPLOADER'),
			comp('SMS_SERVICE_CONNECTOR'),
			comp('SMS_HIERARCHY_MANAGER'),
			comp('SMS_DISTRIBUTION_MANAGER'),
			comp('SMS_POLICY_PROVIDER'),
		],
		updates: [],
		messages: [],
		tasks: [],
		network: {Internet: 'Connected', BlockedHosts: [], ProxyRequiresAuthentication: false},
	} as unknown as SiteSnapshot;
}

/** A SiteSource whose snapshot the test replaces; `advance` moves the clock. */
export class FakeSite implements SiteSource {
	snap: SiteSnapshot = baseSnapshot();
	private listeners = new Set<() => void>();
	advanced = 0;

	snapshot = (): SiteSnapshot => this.snap;

	onChange(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	advance(ms: number): void {
		this.advanced += ms;
		this.update(s => {
			s.clock = {...s.clock, Now: s.clock.Now + ms};
		});
	}

	update(change: (s: Mutable<SiteSnapshot>) => void): void {
		const next = {...this.snap} as Mutable<SiteSnapshot>;
		change(next);
		this.snap = {...next, revision: this.snap.revision + 1} as SiteSnapshot;
		for (const l of this.listeners) l();
	}

	setComponent(name: string, State: string, Status = 'OK'): void {
		this.update(s => {
			s.components = s.components.map(c => (c.Name === name ? {...c, State, Status} : c)) as never;
		});
	}

	get listenerCount(): number {
		return this.listeners.size;
	}
}
