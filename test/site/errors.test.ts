// Every refusal is a SiteError with a PowerShell ErrorCategory name and an id, names what was wrong and what
// is valid, and leaves the lab exactly as it was — also on a busy site with transitions and downloads under way.

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {createSite, SiteError, type Site} from '../../src/site/index.ts';
import {assertRefused} from './helpers.ts';

function busySite(): Site {
	const site = createSite('hierarchy');
	site.step('5h2m'); // the rollup is downloading at the CAS
	site.setScpMode('Offline');
	site.restartComponent('SMS_HIERARCHY_MANAGER');
	site.restartComponent('SMS_EXECUTIVE', {siteCode: 'PS2'});
	site.advance(1000);
	return site;
}

const refusals: [string, (s: Site) => unknown, string, string][] = [
	['unknown component', (s) => s.stopComponent('SMS_DMP_UPLOADR'), 'ComponentNotFound', 'ObjectNotFound'],
	['unknown site', (s) => s.getSite('CSA'), 'SiteNotFound', 'ObjectNotFound'],
	['unknown server', (s) => s.getSiteSystems({serverName: 'CAS1.contoso.com'}), 'ServerNotFound', 'ObjectNotFound'],
	['unknown log', (s) => s.getLog('hmann.log'), 'LogNotFound', 'ObjectNotFound'],
	['unknown update', (s) => s.installUpdate('KB00000000'), 'UpdateNotFound', 'ObjectNotFound'],
	['unknown task', (s) => s.setMaintenanceTask('Rebuild Indexes', {enabled: true}), 'MaintenanceTaskNotFound', 'ObjectNotFound'],
	['second SCP', (s) => s.addScp({serverName: 'CM01.contoso.com', siteCode: 'PS1'}), 'ScpAlreadyInstalled', 'ResourceExists'],
	['bad mode', (s) => s.setScpMode(''), 'InvalidScpMode', 'InvalidArgument'],
	['bad level', (s) => s.setUsageDataLevel('Max'), 'InvalidUsageDataLevel', 'InvalidArgument'],
	['bad tenant', (s) => s.addIntuneSubscription('1234'), 'InvalidTenantId', 'InvalidArgument'],
	['bad port', (s) => s.setProxy({server: 'proxy.contoso.com', port: 0}), 'InvalidPort', 'InvalidArgument'],
	['bad feature', (s) => s.testConnectivity('Windows'), 'InvalidFeature', 'InvalidArgument'],
	['bad host', (s) => s.setNetwork({block: ['ok.example.com', 'bad host']}), 'InvalidHostName', 'InvalidArgument'],
	['bad step', (s) => s.step('tomorrow'), 'InvalidDuration', 'InvalidArgument'],
	['clock backwards', (s) => s.advanceTo(0), 'ClockCannotGoBack', 'InvalidArgument'],
	['bad rate', (s) => s.setRate(-1), 'InvalidClockRate', 'InvalidArgument'],
	['install while downloading', (s) => s.installUpdate('KB30385346'), 'UpdateStateInvalid', 'InvalidOperation'],
	['thread start while its executive restarts', (s) => s.startComponent('SMS_POLICY_PROVIDER', {siteCode: 'PS2'}), 'ExecutiveNotRunning', 'InvalidOperation'],
	['pause a service', (s) => s.pauseComponent('SMS_SITE_BACKUP'), 'ComponentCannotPause', 'InvalidOperation'],
	['CAS by addSite', (s) => s.addSite({siteCode: 'CS2', type: 'CentralAdministrationSite', parentSiteCode: 'CAS', serverName: 'X.contoso.com'}), 'UseAddCentralAdministrationSite', 'InvalidOperation'],
	['expand a hierarchy', (s) => s.addCentralAdministrationSite({siteCode: 'CS2', serverName: 'CAS02.contoso.com'}), 'HierarchyAlreadyExpanded', 'InvalidOperation'],
	['bad days', (s) => s.setMaintenanceTask('Backup Site Server', {daysOfWeek: ['Monday', 'Someday']}), 'InvalidDayOfWeek', 'InvalidArgument'],
	['remove SCP on wrong server', (s) => s.removeScp('CM01.contoso.com'), 'ScpNotOnServer', 'ObjectNotFound'],
	['offline export while effective online', (s) => s.exportUsageData(), 'ScpNotOffline', 'InvalidOperation'],
	['no subscription to remove', (s) => s.removeIntuneSubscription(), 'IntuneSubscriptionNotFound', 'ObjectNotFound'],
];

for (const [what, fn, id, category] of refusals) {
	test(`refused without change: ${what}`, () => {
		const site = busySite();
		const err = assertRefused(site, () => fn(site), id, category);
		assert.ok(err.message.length > 20);
		assert.equal(err.name, 'SiteError');
	});
}

test('not-found errors name near matches', () => {
	const site = busySite();
	const cases: [() => unknown, RegExp][] = [
		[() => site.stopComponent('SMS_DMP_UPLOADR'), /SMS_DMP_UPLOADER/],
		[() => site.getSite('CSA'), /CAS/],
		[() => site.getSiteSystems({serverName: 'CAS1.contoso.com'}), /CAS01\.contoso\.com/],
		[() => site.getLog('hmann.log'), /hman\.log/],
		[() => site.installUpdate('Configuration Manager 2409 Hotfix Rollup (KB30385364)'), /KB30385346/],
		[() => createSite('larg'), /large/],
	];
	for (const [fn, re] of cases) {
		assert.throws(fn, (e: unknown) => e instanceof SiteError && re.test(e.message), String(re));
	}
});

test('errors carry the target', () => {
	const site = busySite();
	const err = assertRefused(site, () => site.setScpMode('Hybrid'), 'InvalidScpMode');
	assert.equal(err.target, 'Hybrid');
	assert.match(err.message, /Online, Offline/);
});
