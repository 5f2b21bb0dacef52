// Get-Member: the properties and methods of objects, one list per distinct type.

import type {CmdletDef} from '../../src/engine/command.ts';
import {typeNameOf} from '../../src/engine/types.ts';
import {PSObject, keyOf} from '../../src/engine/values.ts';
import {wildcardMatch} from '../../src/engine/wildcard.ts';
import {listMembers, type MemberInfo, type MemberType} from '../../src/engine/members.ts';

const MEMBER_DEFINITION = 'Microsoft.PowerShell.Commands.MemberDefinition';

const PROPERTY_KINDS = new Set<MemberType>(['AliasProperty', 'NoteProperty', 'Property', 'ScriptProperty', 'ParameterizedProperty']);
const METHOD_KINDS = new Set<MemberType>(['Method']);

const MEMBER_TYPES = [
	'AliasProperty',
	'CodeProperty',
	'Property',
	'NoteProperty',
	'ScriptProperty',
	'Properties',
	'PropertySet',
	'Method',
	'CodeMethod',
	'ScriptMethod',
	'Methods',
	'ParameterizedProperty',
	'MemberSet',
	'Event',
	'Dynamic',
	'All',
] as const;

function kindWanted(kind: MemberType, wanted: readonly string[] | null): boolean {
	if (!wanted || wanted.length === 0) return true;
	return wanted.some(w => w === 'All' || w === kind || (w === 'Properties' && PROPERTY_KINDS.has(kind)) || (w === 'Methods' && METHOD_KINDS.has(kind)));
}

const def: CmdletDef = {
	name: 'Get-Member',
	aliases: ['gm'],
	synopsis: 'Gets the properties and methods of objects.',
	description:
		'Get-Member lists the members of the objects piped to it: their properties (NoteProperty for the properties ' +
		'of custom and site objects, Property for those of .NET values) and their methods, with definitions. Objects ' +
		'of a type already listed are skipped, so a thousand components give one list. Pipe a collection to see the ' +
		'members of its items; use -InputObject to see the members of the collection itself. -Name and -MemberType ' +
		'narrow the list.',
	parameters: [
		{
			name: 'InputObject',
			type: 'object',
			valueFromPipeline: true,
			help: 'The object whose members are listed. A collection given with -InputObject is listed as a collection.',
		},
		{
			name: 'Name',
			type: 'string[]',
			position: 0,
			acceptsWildcards: true,
			help: 'Lists only the members with these names (wildcards allowed).',
		},
		{
			name: 'MemberType',
			type: 'string[]',
			aliases: ['Type'],
			validateSet: MEMBER_TYPES,
			help: 'Lists only members of these kinds: Property, NoteProperty, Method, Properties (all kinds of property), Methods, All.',
		},
		{
			name: 'View',
			type: 'string',
			validateSet: ['Extended', 'Adapted', 'Base', 'All'],
			help: 'Which members to list by origin. Accepted for compatibility; scpsh lists them all.',
		},
		{
			name: 'Static',
			type: 'switch',
			help: 'Lists static members. scpsh lists none here; use [Type]:: member access in expressions.',
		},
		{
			name: 'Force',
			type: 'switch',
			help: 'Adds the hidden members: property accessors such as get_Length and get_Item.',
		},
	],
	outputs: [MEMBER_DEFINITION],
	examples: [
		{
			title: 'See the members of a custom object',
			code: "[pscustomobject]@{Name = 'SMS_EXECUTIVE'; State = 'Running'} | Get-Member",
			remarks: 'Lists the methods every object has, then the two NoteProperty members with their values.',
			expect: ['NoteProperty', 'string Name=SMS_EXECUTIVE'],
		},
		{
			title: 'List only properties',
			code: "'text' | Get-Member -MemberType Property",
			remarks: 'A string has one property, Length.',
			expect: ['int Length {get;}'],
		},
		{
			title: 'Find a method by name',
			code: "'text' | Get-Member -Name To*",
			remarks: 'The string methods whose names start with To.',
			expect: ['ToUpper', 'ToLower'],
		},
	],
	related: ['Select-Object', 'Get-Command'],
	process(ctx) {
		if (!ctx.hasInput && !ctx.isBound('InputObject')) return;
		const input = ctx.hasInput ? ctx.input : ctx.params.InputObject;
		ctx.state.any = true;
		if (input === null || input === undefined || ctx.params.Static) return;
		const typeName = typeNameOf(input);
		const seen: Set<string> = (ctx.state.seen ??= new Set<string>());
		if (seen.has(typeName)) return;
		seen.add(typeName);
		const names: string[] | null = ctx.params.Name ?? null;
		const kinds: string[] | null = ctx.params.MemberType ?? null;
		const members = listMembers(input)
			.filter(m => (!m.hidden || ctx.params.Force) && kindWanted(m.memberType, kinds) && (!names || names.some(n => wildcardMatch(m.name, n))))
			// pwsh orders by member kind, then name.
			.sort((a: MemberInfo, b: MemberInfo) => a.memberType.localeCompare(b.memberType, 'en') || keyOf(a.name).localeCompare(keyOf(b.name), 'en'));
		for (const m of members) {
			ctx.write(PSObject.from(MEMBER_DEFINITION, {TypeName: typeName, Name: m.name, MemberType: m.memberType, Definition: m.definition}));
		}
	},
	end(ctx) {
		if (!ctx.state.any) {
			ctx.writeError({
				message: 'You must specify an object for the Get-Member cmdlet.',
				id: 'NoObjectInGetMember',
				category: 'CloseError',
				exceptionType: 'InvalidOperationException',
			});
		}
	},
};

export default def;
