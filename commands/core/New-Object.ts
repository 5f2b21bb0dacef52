// New-Object: creates objects of the types scpsh models, through the same constructors as `[Type]::new()`.

import type {CmdletDef} from '../../src/engine/command.ts';
import {toStr} from '../../src/engine/convert.ts';
import {PSError} from '../../src/engine/errors.ts';
import {createInstance, setMember} from '../../src/engine/members.ts';
import {resolveTypeName} from '../../src/engine/types.ts';
import {PSHashtable, PSObject, enumerate} from '../../src/engine/values.ts';

const def: CmdletDef = {
	name: 'New-Object',
	synopsis: 'Creates an instance of an object.',
	description:
		'New-Object creates an object of the given type, passing -ArgumentList to its constructor, and then sets the ' +
		'properties in -Property. scpsh models no .NET assemblies, so it creates the types scripts commonly build: ' +
		'PSObject and PSCustomObject, Hashtable, System.Collections.ArrayList, System.Collections.Generic.List[T], ' +
		'DateTime, TimeSpan, Guid, Regex, System.Text.StringBuilder and exception types — the same set ' +
		'`[Type]::new()` accepts. `[pscustomobject]@{...}` is the usual way to build a record.',
	parameters: [
		{
			name: 'TypeName',
			type: 'string',
			mandatory: true,
			position: 0,
			help: 'The type to create, such as PSObject, System.Collections.ArrayList or System.Text.StringBuilder.',
		},
		{
			name: 'ArgumentList',
			type: 'object[]',
			position: 1,
			aliases: ['Args'],
			help: 'The arguments of the constructor, in order.',
		},
		{
			name: 'Property',
			type: 'hashtable',
			help: 'Property names and values to set on the new object (keys, for a hashtable).',
		},
	],
	outputs: ['System.Object'],
	examples: [
		{
			title: 'Create a custom object with properties',
			code: "$site = New-Object -TypeName PSObject -Property @{SiteCode = 'PS1'}\n$site.SiteCode",
			remarks: 'The properties of the hashtable become properties of the object.',
			expect: ['PS1'],
		},
		{
			title: 'Create a growable list',
			code: "$list = New-Object System.Collections.ArrayList\n[void]$list.Add('SMS_EXECUTIVE')\n$list.Count",
			remarks: 'An ArrayList grows with Add, unlike an array.',
			expect: ['1'],
		},
		{
			title: 'Pass constructor arguments',
			code: '(New-Object System.TimeSpan -ArgumentList 1, 30, 0).TotalMinutes',
			remarks: 'A TimeSpan of one hour and thirty minutes.',
			expect: ['90'],
		},
	],
	related: ['Select-Object'],
	process(ctx) {
		const written: string = ctx.params.TypeName;
		if (!resolveTypeName(written.trim())) {
			ctx.fail({
				message: `Cannot find type [${written}]: verify that the assembly containing this type is loaded.`,
				id: 'TypeNotFound',
				category: 'InvalidType',
				exceptionType: 'PSArgumentException',
				target: written,
			});
		}
		const args = enumerate(ctx.params.ArgumentList);
		let created: unknown;
		try {
			// PSObject's constructor wraps its argument; with none it is an empty custom object.
			created = createInstance(written.trim(), args);
		} catch (e) {
			if (!(e instanceof PSError)) throw e;
			if (e.record.errorId !== 'MethodNotFound') throw e;
			ctx.fail({
				message: `New-Object cannot create a [${written}] in scpsh. It creates the types [Type]::new() accepts: PSObject, Hashtable, ArrayList, List[T], DateTime, TimeSpan, Guid, Regex, StringBuilder and exceptions.`,
				id: 'CannotCreateType',
				category: 'NotImplemented',
				exceptionType: 'PSNotSupportedException',
				target: written,
			});
		}
		const props: PSHashtable | null = ctx.params.Property ?? null;
		for (const [key, value] of props?.entries() ?? []) {
			const name = toStr(key);
			if (created instanceof PSObject) created.set(name, value);
			else setMember(created, name, value);
		}
		// A list or array is one object here: written whole, an empty one would vanish.
		ctx.write(created);
	},
};

export default def;
