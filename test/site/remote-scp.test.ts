// A remote SCP host needs a Site System Installation Account: SMS_DISTRIBUTION_MANAGER uses it to transfer
// downloaded updates from the SCP. Without one each transfer fails with an Error status message.

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {createSite} from '../../src/site/index.ts';
import {assertRefused} from './helpers.ts';

test('without an installation account transfers fail; once set, the next transfer succeeds', () => {
	const site = createSite('remote-scp');
	site.step('1d'); // the rollup appears on 12 March and downloads at 01:00 that day
	const rollup = (): ReturnType<typeof site.getUpdates>[number] => site.getUpdates({name: '*KB30385346*'})[0]!;
	assert.equal(rollup().State, 'Downloading');
	assert.equal(rollup().PercentComplete, 100, 'downloaded to the SCP host');
	const errors = site.getStatusMessages({component: 'SMS_DISTRIBUTION_MANAGER', severity: 'Error'});
	assert.ok(errors.length >= 1);
	assert.match(errors[0]!.Description, /SCP01\.contoso\.com/);
	assert.match(errors[0]!.Description, /Installation Account/);
	assert.equal(errors[0]!.SiteCode, 'PS1');
	assert.match(rollup().LastError!, /Installation Account/);
	assert.ok(site.getLog('distmgr.log').some((l) => l.Severity === 'Error' && /EasySetupPayload/.test(l.Message)));
	site.step('2h');
	assert.ok(site.getStatusMessages({component: 'SMS_DISTRIBUTION_MANAGER', severity: 'Error'}).length > errors.length, 'it keeps failing');
	assert.notEqual(site.getComponent('SMS_DISTRIBUTION_MANAGER').Status, 'OK', 'the summarizer reacts to the errors');
	assert.notEqual(rollup().State, 'Ready to install');

	assertRefused(site, () => site.setInstallationAccount('SCP01.contoso.com', 'no-domain'), 'InvalidAccount', 'InvalidArgument');
	assertRefused(site, () => site.setInstallationAccount('SCP1.contoso.com', 'CONTOSO\\svc-cm'), 'ServerNotFound', 'ObjectNotFound');
	const sys = site.setInstallationAccount('scp01.contoso.com', 'CONTOSO\\svc-cm-install');
	assert.equal(sys.InstallationAccount, 'CONTOSO\\svc-cm-install');
	assert.equal(site.getScpStatus()!.InstallationAccount, 'CONTOSO\\svc-cm-install');
	const failures = site.getStatusMessages({component: 'SMS_DISTRIBUTION_MANAGER', severity: 'Error'}).length;
	site.step('30m');
	assert.equal(rollup().State, 'Ready to install');
	assert.equal(site.getStatusMessages({component: 'SMS_DISTRIBUTION_MANAGER', severity: 'Error'}).length, failures);
	assert.ok(site.getLog('distmgr.log', {tail: 1})[0]!.Message.includes('CONTOSO\\svc-cm-install'));
});

test('adding a remote SCP without an account warns; with one it does not', () => {
	const site = createSite();
	site.removeScp();
	const {warnings, status} = site.addScp({serverName: 'SCP01.contoso.com'});
	assert.equal(status.ServerName, 'SCP01.contoso.com');
	assert.equal(warnings.length, 1);
	assert.match(warnings[0]!, /Installation Account/);
	assert.ok(site.getSiteSystems().some((s) => s.ServerName === 'SCP01.contoso.com' && s.Roles.includes('SMS Dmp Connector')));
	site.removeScp();
	assert.deepEqual(site.addScp({serverName: 'SCP01.contoso.com', installationAccount: 'svc@contoso.com'}).warnings, []);
});

test('a co-located SCP needs no account: downloads become ready directly', () => {
	const site = createSite();
	site.step('2d7h');
	assert.equal(site.getUpdates({name: '*KB30385346*'})[0]!.State, 'Ready to install');
	assert.equal(site.getStatusMessages({component: 'SMS_DISTRIBUTION_MANAGER'}).length, 0);
});
