// Advanced functions: $PSCmdlet.ShouldProcess with -WhatIf reaching the cmdlets inside, ParameterSetName,
// MyInvocation; and throwing .NET exception objects that typed catches see.
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {newShell, runOnSite} from '../helpers/site-run.ts';

const fn = `function Set-Thing { [CmdletBinding(SupportsShouldProcess)] param([string]$Mode)
	if ($PSCmdlet.ShouldProcess('SCP', "Set mode $Mode")) { Set-ScpMode -Mode $Mode -WarningAction SilentlyContinue; "set $Mode" }
	$PSCmdlet.MyInvocation.MyCommand.Name
}
`;

describe('$PSCmdlet in advanced functions', () => {
	it('-WhatIf prints what would happen and changes nothing, also in the cmdlets called', async () => {
		const shell = newShell();
		const r = await runOnSite(`${fn}Set-Thing -Mode Offline -WhatIf\n(Get-ScpStatus).Mode`, shell);
		assert.equal(r.stdout, 'What if: Performing the operation "Set mode Offline" on target "SCP".\nSet-Thing\nOnline\n');
		assert.equal(r.stderr, '');
	});

	it('without -WhatIf it goes ahead', async () => {
		const r = await runOnSite(`${fn}Set-Thing -Mode Offline\n(Get-ScpStatus).Mode`);
		assert.equal(r.stdout, 'set Offline\nSet-Thing\nOffline\n');
	});

	it('-Confirm in a script without a person is an error, not a hang', async () => {
		const r = await runOnSite(`${fn}Set-Thing -Mode Offline -Confirm\n(Get-ScpStatus).Mode`);
		assert.match(r.stderr, /NonInteractive mode/);
		assert.equal(r.stdout.trim().split('\n').pop(), 'Online');
	});
});

describe('throwing exception objects', () => {
	it('a typed catch sees the exception type and message', async () => {
		const r = await runOnSite("try { throw [System.InvalidOperationException]::new('bad thing') } catch [System.InvalidOperationException] { \"caught $($_.Exception.Message)\" } catch { 'wrong catch' }");
		assert.equal(r.stdout, 'caught bad thing\n');
	});
});
