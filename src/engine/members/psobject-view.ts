// `$x.PSObject`: the adapter view scripts use to look at any value's type names and properties
// (`$o.PSObject.Properties.Name`, `$o.PSObject.TypeNames[0]`).

import {PSObject} from '../values.ts';
import {dotNetTypeNameOf} from '../types.ts';

const BASE_TYPES: Record<string, string[]> = {
	'System.String': ['System.Object'],
	'System.Int32': ['System.ValueType', 'System.Object'],
	'System.Int64': ['System.ValueType', 'System.Object'],
	'System.Double': ['System.ValueType', 'System.Object'],
	'System.Boolean': ['System.ValueType', 'System.Object'],
	'System.Object[]': ['System.Array', 'System.Object'],
	'System.Collections.Hashtable': ['System.Object'],
};

export function psObjectView(value: unknown): PSObject {
	const typeNames = value instanceof PSObject
		? [...value.typeNames, ...(value.typeNames.includes('System.Management.Automation.PSCustomObject') ? ['System.Object'] : [])]
		: [dotNetTypeNameOf(value), ...(BASE_TYPES[dotNetTypeNameOf(value)] ?? ['System.Object'])];
	// Hashtable keys are not properties, as in pwsh; .NET values' own properties are not listed here.
	const properties = value instanceof PSObject ? value.entries().map(([name, v]) => property(name, v)) : [];
	const view = new PSObject('System.Management.Automation.PSObject');
	view.set('TypeNames', typeNames);
	view.set('Properties', properties);
	view.set('BaseObject', value);
	view.set('ImmediateBaseObject', value);
	return view;
}

function property(name: string, value: unknown): PSObject {
	return PSObject.from('System.Management.Automation.PSNoteProperty', {
		Name: name,
		Value: value,
		MemberType: 'NoteProperty',
		IsSettable: true,
		IsGettable: true,
		TypeNameOfValue: value === null || value === undefined ? 'System.Object' : dotNetTypeNameOf(value),
	});
}
