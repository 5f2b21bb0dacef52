// Get-SimLab: the saved labs in the config directory — which one this session holds, which another scpsh holds,
// and which cannot be read. The launcher attaches the lab catalog to the session (src/store/session-labs.ts).

import type {CmdletDef} from '../../src/engine/command.ts';
import {PSDateTime, PSObject} from '../../src/engine/values.ts';
import {registerView} from '../../src/format/views.ts';
import {labCatalogOf} from '../../src/store/session-labs.ts';

// The default view lives with the one cmdlet that writes the type.
registerView({
	typeName: 'Scpsh.SimLab',
	kind: 'table',
	columns: [{label: 'Name'}, {label: 'Scenario'}, {label: 'Status'}, {label: 'SimulatedTime'}, {label: 'LastSaved'}],
});

const wildcard = (pattern: string): RegExp =>
	new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');

const def: CmdletDef = {
	name: 'Get-SimLab',
	synopsis: 'Gets the saved labs: simulated sites kept between runs.',
	description:
		'Get-SimLab lists the labs in the config directory. A lab is a saved simulated site: the default lab persists between ' +
		'runs of scpsh like a real site does, and `scpsh -Lab <name>` opens or creates another (`-Scenario` starts it afresh ' +
		'from a scenario; `-Ephemeral` runs without a lab).\n\n' +
		'Status is Current for the lab this session holds, InUse for a lab another running scpsh holds (HeldBy is its ' +
		'process id), Unreadable for a file that is damaged or was saved by a newer scpsh (it is set aside when opened), ' +
		'and Available otherwise. SimulatedTime is the lab\'s simulated clock; LastSaved is when it was last written.',
	parameters: [
		{
			name: 'Name',
			type: 'string[]',
			position: 0,
			acceptsWildcards: true,
			help: 'Names of labs to get; wildcards are permitted. By default, all labs.',
			complete: session => labCatalogOf(session)?.list().map(l => l.Name) ?? [],
		},
	],
	outputs: ['Scpsh.SimLab'],
	examples: [
		{
			title: 'List the labs',
			code: 'Get-SimLab',
			remarks: 'Shows every saved lab with its scenario, status and simulated time.',
		},
		{
			title: 'Find the lab this session is using',
			code: "Get-SimLab | Where-Object Status -eq 'Current' | Select-Object Name, Path",
			remarks: 'Nothing is shown in an -Ephemeral session, which has no lab.',
		},
	],
	related: ['Get-SimScenario', 'Reset-SimSite', 'Get-SimClock'],
	process(ctx) {
		const catalog = labCatalogOf(ctx.session);
		if (!catalog) {
			ctx.writeVerbose('This session has no lab store (it was not started by the scpsh launcher).');
			return;
		}
		const patterns = ((ctx.params.Name as string[] | undefined) ?? ['*']).map(wildcard);
		for (const lab of catalog.list()) {
			if (!patterns.some(p => p.test(lab.Name))) continue;
			ctx.write(
				new PSObject('Scpsh.SimLab', {
					Name: lab.Name,
					Scenario: lab.Scenario,
					Status: lab.Status,
					SimulatedTime: lab.SimulatedTime === null ? null : new PSDateTime(lab.SimulatedTime),
					LastSaved: new PSDateTime(Math.round(lab.LastSaved)),
					HeldBy: lab.HeldBy,
					Path: lab.Path,
				}),
			);
		}
	},
};

export default def;
