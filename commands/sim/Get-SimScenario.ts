// Get-SimScenario: the scenarios a site can start from (Reset-SimSite -Scenario, scpsh -Scenario).

import type {CmdletDef} from '../../src/engine/command.ts';
import {wildcardMatcher} from '../../src/engine/wildcard.ts';
import {listScenarios} from '../../src/site/index.ts';
import {simScenarioObject} from '../_lib/sim.ts';

const def: CmdletDef = {
	name: 'Get-SimScenario',
	synopsis: 'Lists the scenarios a simulated site can start from, with what each sets up.',
	description:
		'Get-SimScenario returns one Scpsh.SimScenario object (Name, Description) per built-in scenario: default (a ' +
		'stand-alone primary with an online SCP), hierarchy (a CAS with child sites), remote-scp (the SCP on its own ' +
		'server), offline (an air-gapped site with an offline SCP), intune (an SCP with an Intune subscription) and large ' +
		'(a CAS with 25 primaries and 250 secondaries). Each starts at the same simulated time with the same state every ' +
		'time. Start one with Reset-SimSite -Scenario, or with scpsh -Scenario <name>.',
	parameters: [
		{
			name: 'Name',
			type: 'string',
			position: 0,
			acceptsWildcards: true,
			complete: () => listScenarios().map((s) => s.Name),
			help: 'Only scenarios whose name matches (wildcards allowed). By default all are listed.',
		},
	],
	outputs: ['Scpsh.SimScenario'],
	examples: [
		{
			title: 'List the scenarios',
			code: 'Get-SimScenario | Select-Object -ExpandProperty Name',
			remarks: 'The names to give Reset-SimSite -Scenario.',
			expect: ['default', 'hierarchy', 'remote-scp', 'offline', 'intune', 'large'],
		},
		{
			title: 'Read what a scenario sets up',
			code: '(Get-SimScenario -Name offline).Description',
			remarks: 'The offline scenario is an air-gapped site whose SCP is in offline mode.',
			expect: ['Air-gapped'],
		},
	],
	related: ['Reset-SimSite'],
	process(ctx) {
		const pattern: string | undefined = ctx.params.Name;
		const match = wildcardMatcher(pattern ?? '*');
		const found = listScenarios().filter((s) => match.test(s.Name));
		if (pattern && !found.length && !/[*?[]/.test(pattern)) {
			ctx.writeError({
				message: `Cannot find a scenario with the name '${pattern}'. Scenarios: ${listScenarios().map((s) => s.Name).join(', ')}.`,
				category: 'ObjectNotFound',
				id: 'ScenarioNotFound',
				target: pattern,
				exceptionType: 'ItemNotFoundException',
			});
		}
		ctx.writeAll(found.map(simScenarioObject));
	},
};

export default def;
