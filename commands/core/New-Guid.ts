// New-Guid: a version 4 GUID. Its bits come from the session's seeded generator, not the system's, so a script
// that names things with New-Guid gets the same names on every run (and tests can check them).

import type {CmdletDef} from '../../src/engine/command.ts';
import {PSGuid} from '../../src/engine/values.ts';

const def: CmdletDef = {
	name: 'New-Guid',
	synopsis: 'Creates a GUID.',
	description:
		'New-Guid returns a new random [guid] (version 4, as [guid]::NewGuid() makes). The randomness is the ' +
		'session\'s seeded sequence (the one Get-Random -SetSeed restarts), so the same script gets the same GUIDs ' +
		'on every run. -Empty returns 00000000-0000-0000-0000-000000000000.',
	defaultParameterSet: 'Default',
	parameters: [
		{name: 'Empty', type: 'switch', sets: ['Empty'], help: 'Returns the empty GUID, 00000000-0000-0000-0000-000000000000.'},
		{
			name: 'InputObject',
			type: 'string',
			sets: ['InputObject'],
			valueFromPipeline: true,
			help: 'A GUID as text to convert to a [guid] instead of making a new one.',
		},
	],
	outputs: ['System.Guid'],
	examples: [
		{
			title: 'A new GUID',
			code: "$id = New-Guid\n$id.ToString().Length",
			remarks: 'A GUID\'s text is 36 characters: 32 hexadecimal digits and four hyphens.',
			expect: ['36'],
		},
		{
			title: 'The empty GUID',
			code: 'New-Guid -Empty',
			remarks: 'All zeros.',
			expect: ['00000000-0000-0000-0000-000000000000'],
		},
	],
	related: ['Get-Random'],
	process(ctx) {
		if (ctx.params.Empty) {
			ctx.write(new PSGuid('00000000-0000-0000-0000-000000000000'));
			return;
		}
		if (ctx.parameterSet === 'InputObject') {
			const text = String(ctx.params.InputObject ?? '').trim().replace(/^[{(]|[})]$/g, '').toLowerCase();
			if (!/^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/.test(text)) {
				ctx.writeError({
					message: `Cannot convert '${ctx.params.InputObject}' to a GUID: Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).`,
					category: 'InvalidArgument',
					id: 'GuidConversion',
					target: ctx.params.InputObject,
					exceptionType: 'FormatException',
				});
				return;
			}
			const hex = text.replace(/-/g, '');
			ctx.write(new PSGuid(`${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`));
			return;
		}
		const digits: number[] = [];
		for (let i = 0; i < 32; i++) digits.push(Math.floor(ctx.session.random() * 16));
		// Version 4, variant 10xx: the bits [guid]::NewGuid() fixes.
		digits[12] = 4;
		digits[16] = 8 | (digits[16]! & 3);
		const hex = digits.map(d => d.toString(16)).join('');
		ctx.write(new PSGuid(`${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`));
	},
};

export default def;
