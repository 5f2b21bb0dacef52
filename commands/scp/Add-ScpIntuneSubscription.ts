// Add-ScpIntuneSubscription: attaches a Microsoft Intune subscription (hybrid MDM). The seed's rule: the role
// is set to online mode, and offline mode is refused while the subscription exists.

import type {CmdletDef} from '../../src/engine/command.ts';
import {PSGuid} from '../../src/engine/values.ts';
import {siteOf, toPSObject} from '../_lib/site.ts';
import {callSite, scpTarget, writeWarnings} from '../_lib/site-cmdlet.ts';

const def: CmdletDef = {
	name: 'Add-ScpIntuneSubscription',
	synopsis: 'Adds a Microsoft Intune subscription to the service connection point.',
	description:
		'Add-ScpIntuneSubscription configures the service connection point with a Microsoft Intune subscription (hybrid ' +
		'mobile device management), identified by the tenant ID.\n\n' +
		'Adding the subscription sets the role to online mode, because the service connection point does not support ' +
		'offline mode with an Intune subscription. If the role was offline, the configured mode becomes Online at once ' +
		'and, as with any mode change, it takes effect when SMS_DMP_DOWNLOADER next starts: the cmdlet warns. While the ' +
		'subscription exists, Set-ScpMode -Mode Offline is refused; Remove-ScpIntuneSubscription lifts that.\n\n' +
		'The subscription adds the Microsoft Intune endpoints (TCP 443) to those the role needs; Test-ScpConnectivity ' +
		'-Feature Intune tests them.',
	parameters: [
		{
			name: 'TenantId',
			type: 'guid',
			mandatory: true,
			position: 0,
			help: 'The Microsoft Entra (Azure AD) tenant ID of the Intune subscription, a GUID such as 0f2c6a4e-8b1d-4c3a-9e57-6d2b1f0a9c38.',
		},
		{
			name: 'PassThru',
			type: 'switch',
			help: 'Writes the service connection point (Scpsh.ScpStatus) after the change.',
		},
	],
	outputs: ['None', 'Scpsh.ScpStatus (with -PassThru)'],
	supportsShouldProcess: true,
	confirmImpact: 'Medium',
	examples: [
		{
			title: 'Subscribe, then try offline mode',
			code:
				"Add-ScpIntuneSubscription -TenantId 0f2c6a4e-8b1d-4c3a-9e57-6d2b1f0a9c38\n" +
				"try { Set-ScpMode -Mode Offline -ErrorAction Stop } catch { $_.CategoryInfo.Category; $_.FullyQualifiedErrorId }",
			remarks: 'Offline mode is refused (InvalidOperation) while the subscription exists, and the mode stays Online.',
			expect: ['InvalidOperation', 'ScpModeRefusedIntune,Set-ScpMode'],
		},
		{
			title: 'An offline role is set online',
			code:
				'Set-ScpMode Offline -WarningAction SilentlyContinue\nRestart-Component SMS_DMP_DOWNLOADER\n' +
				"Add-ScpIntuneSubscription 0f2c6a4e-8b1d-4c3a-9e57-6d2b1f0a9c38 -PassThru -WarningAction SilentlyContinue | Format-List Mode, EffectiveMode, RestartRequired, IntuneSubscription",
			remarks: 'The configured mode becomes Online at once; SMS_DMP_DOWNLOADER applies it when it next starts.',
			expect: ['Online', 'Offline', 'True'],
		},
	],
	related: ['Remove-ScpIntuneSubscription', 'Set-ScpMode', 'Test-ScpConnectivity', 'about_ScpModes'],
	async process(ctx) {
		const site = siteOf(ctx);
		const tenant = ctx.params.TenantId instanceof PSGuid ? ctx.params.TenantId.value : String(ctx.params.TenantId);
		if (!(await ctx.shouldProcess(scpTarget(site), `Add the Microsoft Intune subscription of tenant ${tenant}`))) return;
		const {status, warnings} = callSite(ctx, () => site.addIntuneSubscription(tenant));
		writeWarnings(ctx, warnings);
		if (ctx.params.PassThru) ctx.write(toPSObject('Scpsh.ScpStatus', status));
	},
};

export default def;
