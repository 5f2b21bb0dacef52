// The TUI end to end over fakes (ink-testing-library): editing, completion, history, cancel, exit, dialogs.
// Plain .ts (the JSX lives in harness.tsx) so that `npm test`'s test/**/*.test.ts glob runs it.

import {test} from 'node:test';
import assert from 'node:assert/strict';
import {keys, mount, promptLine, tick} from './harness.tsx';

test('line editing: cursor keys, Home/End, Ctrl+A/E/U/K/W, Backspace, Delete', async () => {
	const h = await mount();
	await h.type('Get-Component');
	await h.type(keys.left);
	await h.type(keys.left);
	await h.type('XY');
	assert.equal(promptLine(h.frame()), 'PS PS1:\\> Get-ComponeXYnt');
	await h.type(keys.backspace);
	await h.type(keys.delete);
	assert.equal(promptLine(h.frame()), 'PS PS1:\\> Get-ComponeXt');
	await h.type(keys.ctrlA);
	await h.type(keys.delete);
	await h.type(keys.ctrlE);
	await h.type(keys.backspace);
	assert.equal(promptLine(h.frame()), 'PS PS1:\\> et-ComponeX');
	await h.type(keys.home);
	await h.type(keys.ctrlK);
	assert.equal(promptLine(h.frame()), 'PS PS1:\\>');
	await h.type('Restart-Component -Name SMS');
	await h.type(keys.ctrlW);
	assert.equal(promptLine(h.frame()), 'PS PS1:\\> Restart-Component -Name');
	await h.type(keys.ctrlU);
	assert.equal(promptLine(h.frame()), 'PS PS1:\\>');
	h.unmount();
});

test('Enter runs the line and leaves it in the scrollback', async () => {
	const h = await mount();
	h.runImpl = async () => {
		h.output.line('ScpOutput: fine');
		return {};
	};
	await h.type('Get-ScpStatus');
	await h.type(keys.enter);
	await tick();
	assert.deepEqual(h.ran, ['Get-ScpStatus']);
	const f = h.frame();
	assert.match(f, /PS PS1:\\> Get-ScpStatus\nScpOutput: fine/);
	assert.equal(promptLine(f), 'PS PS1:\\>');
	assert.deepEqual(h.history.entries(), ['Get-ScpStatus']);
	h.unmount();
});

test('typed text and Enter arriving in one read still run', async () => {
	const h = await mount();
	await h.type('Get-ScpStatus\r');
	assert.deepEqual(h.ran, ['Get-ScpStatus']);
	h.unmount();
});

test('Tab completes command names, cycling; Ctrl+Space shows a menu', async () => {
	const h = await mount();
	await h.type('Get-Sc');
	await h.type(keys.tab);
	assert.equal(promptLine(h.frame()), 'PS PS1:\\> Get-ScpStatus');
	await h.type(keys.tab);
	assert.equal(promptLine(h.frame()), 'PS PS1:\\> Get-ScpUpdate');
	await h.type(keys.ctrlU);
	await h.type('Set-ScpMode -Mode Of');
	await h.type(keys.tab);
	assert.equal(promptLine(h.frame()), 'PS PS1:\\> Set-ScpMode -Mode Offline');
	await h.type(keys.ctrlU);
	await h.type('Get-Sc');
	await h.type(keys.ctrlSpace);
	const f = h.frame();
	assert.match(f, /Get-ScpStatus\s+Get-ScpUpdate/);
	assert.match(f, /Command: Get-ScpStatus\./);
	await h.type(keys.right);
	await h.type(keys.enter);
	assert.equal(promptLine(h.frame()), 'PS PS1:\\> Get-ScpUpdate');
	assert.doesNotMatch(h.frame(), /Command: /);
	assert.deepEqual(h.ran, []);
	h.unmount();
});

test('Up/Down walk the history keeping the unsent line; Ctrl+R searches it', async () => {
	const h = await mount({history: ['Get-ScpStatus', 'Set-ScpMode Offline', 'Get-Component']});
	await h.type('draft');
	await h.type(keys.up);
	assert.equal(promptLine(h.frame()), 'PS PS1:\\> Get-Component');
	await h.type(keys.up);
	assert.equal(promptLine(h.frame()), 'PS PS1:\\> Set-ScpMode Offline');
	await h.type(keys.down);
	await h.type(keys.down);
	assert.equal(promptLine(h.frame()), 'PS PS1:\\> draft');
	await h.type(keys.ctrlU);
	await h.type(keys.ctrlR);
	await h.type('Scp');
	let f = h.frame();
	assert.match(f, /bck-i-search: Scp/);
	assert.equal(promptLine(f), 'PS PS1:\\> Set-ScpMode Offline');
	await h.type(keys.ctrlR);
	f = h.frame();
	assert.equal(promptLine(f), 'PS PS1:\\> Get-ScpStatus');
	await h.type(keys.enter);
	assert.deepEqual(h.ran, ['Get-ScpStatus']);
	h.unmount();
});

test('Ctrl+C stops the running command; the prompt comes back', async () => {
	const h = await mount();
	let stopped = false;
	h.runImpl = (_text, signal) =>
		new Promise(resolve => {
			signal.addEventListener('abort', () => {
				stopped = true;
				resolve({});
			});
		});
	await h.type('Start-Sleep 100');
	await h.type(keys.enter);
	let f = h.frame();
	assert.match(f, /running — Ctrl\+C stops it/);
	assert.equal(promptLine(f.split('Start-Sleep 100').slice(1).join('')), '', 'no prompt while running');
	await h.type('typed while running');
	await h.type(keys.ctrlC);
	await tick();
	assert.equal(stopped, true);
	f = h.frame();
	assert.equal(promptLine(f), 'PS PS1:\\>');
	assert.doesNotMatch(f, /running —/);
	h.unmount();
});

test('Ctrl+C on a line clears it; Ctrl+D on an empty line and `exit` leave with 0', async () => {
	const h = await mount();
	await h.type('Get-Thing');
	await h.type(keys.ctrlC);
	assert.equal(promptLine(h.frame()), 'PS PS1:\\>');
	assert.match(h.frame(), /PS PS1:\\> Get-Thing\^C/);
	await h.type('x');
	await h.type(keys.ctrlD);
	assert.deepEqual(h.exits, []);
	await h.type(keys.backspace);
	await h.type(keys.ctrlD);
	assert.deepEqual(h.exits, [0]);
	await h.type('exit\r');
	await tick();
	assert.deepEqual(h.exits, [0, 0]);
	h.unmount();
});

test('Ctrl+L clears the screen', async () => {
	const h = await mount();
	h.output.line('old output');
	await h.type(keys.ctrlL);
	assert.equal(h.clears, 1);
	assert.equal(h.output.getSnapshot().items.length, 0);
	h.unmount();
});

test('an unfinished statement continues on a >> line; a multi-line paste arrives whole', async () => {
	const h = await mount();
	await h.type('if ($true) {');
	await h.type(keys.enter);
	await h.type('Get-ScpStatus');
	let f = h.frame();
	assert.match(f, /PS PS1:\\> if \(\$true\) \{\n>> Get-ScpStatus/);
	assert.deepEqual(h.ran, []);
	await h.type(keys.ctrlC);
	await h.type(keys.pasteStart + 'Get-ScpStatus\r\nGet-Component\r\n' + keys.pasteEnd);
	f = h.frame();
	assert.match(f, /PS PS1:\\> Get-ScpStatus\n>> Get-Component/);
	assert.deepEqual(h.ran, []);
	await h.type(keys.enter);
	assert.deepEqual(h.ran, ['Get-ScpStatus\nGet-Component']);
	h.unmount();
});

test('a missing mandatory parameter is prompted for; -Confirm asks Y/A/N/L', async () => {
	const h = await mount();
	let got: unknown[] = [];
	h.runImpl = async () => {
		got.push(await h.dialogs.prompt('cmdlet Set-ScpMode at command pipeline position 1', 'Supply values for the following parameters:', 'Mode'));
		got.push(await h.dialogs.confirm('Confirm', 'Are you sure you want to perform this action?\nPerforming the operation "Set-ScpMode" on target "PS1".'));
		return {};
	};
	await h.type('Set-ScpMode\r');
	let f = h.frame();
	assert.match(f, /Supply values for the following parameters:\nMode:/);
	await h.type('Offline');
	await h.type(keys.enter);
	f = h.frame();
	assert.match(f, /\[Y\] Yes  \[A\] Yes to All  \[N\] No  \[L\] No to All/);
	await h.type('a');
	await tick();
	assert.deepEqual(got, ['Offline', 'YesToAll']);
	f = h.frame();
	assert.match(f, /Mode: Offline/);
	assert.match(f, /\(default is "Y"\): A/);
	assert.equal(promptLine(f), 'PS PS1:\\>');
	h.unmount();
});

test('F2 hides and shows the panes; F1 shows the key help from the binding table', async () => {
	const h = await mount();
	assert.match(h.frame(), /SCP/);
	await h.type(keys.f2);
	assert.doesNotMatch(h.frame(), /Components/);
	await h.type(keys.f2);
	assert.match(h.frame(), /Components/);
	await h.type(keys.f1);
	assert.match(h.frame(), /Keys \(Esc or F1 closes\)/);
	assert.match(h.frame(), /Ctrl\+R\s+Search the history backwards/);
	await h.type(keys.escape);
	assert.doesNotMatch(h.frame(), /Keys \(Esc/);
	h.unmount();
});

test('the panes hide by themselves in a small terminal and the footer says why', async () => {
	const h = await mount({rows: 12});
	const f = h.frame();
	assert.doesNotMatch(f, /Components/);
	assert.match(f, /panes hidden: terminal too small/);
	h.unmount();
});

test('the live region stays shorter than the terminal', async () => {
	for (const rows of [16, 20, 24, 30, 40]) {
		const h = await mount({rows});
		await h.type('Get-Sc');
		await h.type(keys.ctrlSpace);
		const lines = h.frame().split('\n');
		assert.ok(lines.length < rows, `rows ${rows}: frame has ${lines.length} lines`);
		h.unmount();
	}
});
