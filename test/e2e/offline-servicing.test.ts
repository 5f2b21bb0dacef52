// Walkthrough 3: the admin of an air-gapped site rehearses offline servicing with the BUILT launcher and the
// BUILT Service Connection Tool. A lab started from the offline scenario refuses the online update check; the
// tool's prepare phase writes the usage data to D:\USB (a folder under ~/.scpsh/drives here); the connect phase
// runs as its own program, as on an internet-connected computer; the import makes the update ready to install.

import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {describe, it} from 'node:test';
import {execa} from 'execa';
import {builtLauncher, launcherEnv, scpsh, tempConfigHome} from '../cli/launcher-helper.ts';

describe('offline servicing, end to end', () => {
	it('prepare in scpsh, connect as a separate program, import in scpsh: the update is ready to install', async () => {
		const {home} = tempConfigHome();
		const script = (name: string, text: string): string => {
			const path = join(home, name);
			writeFileSync(path, text);
			return path;
		};
		const usb = join(home, '.scpsh', 'drives', 'D', 'USB');

		// On the SCP server: the check is refused; a month passes; the usage data goes to the USB drive.
		const prepare = await scpsh(['-NonInteractive', '-NoProfile', '-Lab', 'airgap', '-Scenario', 'offline', '-File', script('prepare.ps1',
			'Invoke-ScpUpdateCheck\nStep-SimClock 25d\nServiceConnectionTool.exe -prepare -usagedatadest D:\\USB\\UsageData.cab\n"exit $LASTEXITCODE"\n')], {home, cwd: home});
		assert.equal(prepare.exitCode, 0, prepare.stderr);
		assert.match(prepare.stderr, /^Invoke-ScpUpdateCheck: /m);
		assert.match(prepare.stderr, /Use the Service Connection Tool \(ServiceConnectionTool\.exe -prepare, -connect, -import\)/);
		assert.match(prepare.stdout, /^Wrote D:\\USB\\UsageData\.cab\.$/m);
		assert.match(prepare.stdout, /^exit 0$/m);
		assert.ok(existsSync(join(usb, 'UsageData.cab')));

		// On the internet-connected computer: the tool on its own.
		const tool = join(dirname(builtLauncher()), 'service-connection-tool.js');
		const connect = await execa(process.execPath, [tool, '-connect', '-usagedatasrc', 'D:\\USB', '-updatepackdest', 'D:\\USB\\UpdatePacks'],
			{cwd: home, env: launcherEnv(home), reject: false});
		assert.equal(connect.exitCode, 0, connect.stderr);
		assert.match(connect.stdout, /Downloading Configuration Manager 2503 \(5\.00\.9135\.1000, 1780 MB\)\.\.\. 25% 50% 75% 100%/);
		const packs = readdirSync(join(usb, 'UpdatePacks'));
		assert.ok(packs.includes('ServiceConnectionTool.log'));
		assert.equal(packs.filter((f) => /^UpdatePack-[0-9A-F-]{36}\.json$/.test(f)).length, 1);

		// Back on the SCP server, the same lab: import, and the update is ready to install.
		const imp = await scpsh(['-NonInteractive', '-NoProfile', '-Lab', 'airgap', '-File', script('import.ps1',
			'ServiceConnectionTool.exe -import -updatepacksrc D:\\USB\\UpdatePacks\nGet-ScpUpdate | Where-Object Name -eq "Configuration Manager 2503" | ForEach-Object { "$($_.Name): $($_.State)" }\n')], {home, cwd: home});
		assert.equal(imp.exitCode, 0, imp.stderr);
		assert.equal(imp.stderr, '');
		assert.match(imp.stdout, /^Imported Configuration Manager 2503 \(5\.00\.9135\.1000\): Ready to install\.$/m);
		assert.match(imp.stdout, /^Configuration Manager 2503: Ready to install$/m);
		assert.match(readFileSync(join(usb, 'UpdatePacks', 'ServiceConnectionTool.log'), 'utf8'), /Successfully Dropped the state message 4/);
	});

	it('the cmdlet starts the built tool for -connect and relays its output, the same bytes each run', async () => {
		const {home} = tempConfigHome();
		const path = join(home, 'servicing.ps1');
		writeFileSync(path, [
			'Step-SimClock 25d',
			'ServiceConnectionTool.exe -prepare -usagedatadest USB\\UsageData.cab',
			'ServiceConnectionTool.exe -connect -usagedatasrc USB -updatepackdest USB\\UpdatePacks',
			'"connect exit $LASTEXITCODE"',
			'ServiceConnectionTool.exe -import -updatepacksrc USB\\UpdatePacks',
			'Install-ScpUpdate -Name "Configuration Manager 2503" -Confirm:$false',
			'Step-SimClock 1d',
			'(Get-CMSite).Version',
			'',
		].join('\n'));
		const run = () => scpsh(['-NonInteractive', '-NoProfile', '-Scenario', 'offline', '-Ephemeral', '-File', path], {home, cwd: home});
		const first = await run();
		assert.equal(first.exitCode, 0, first.stderr);
		assert.match(first.stdout, /^ServiceConnectionTool\.exe -connect: downloading the latest update/m);
		assert.match(first.stdout, /^connect exit 0$/m);
		assert.match(first.stdout, /^5\.00\.9135\.1000$/m);
		assert.ok(existsSync(join(home, 'USB', 'UpdatePacks')));
		const second = await run();
		assert.equal(second.stdout, first.stdout);
	});
});
