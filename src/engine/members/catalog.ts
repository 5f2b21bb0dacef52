// The catalog of members a kind of value has, as Get-Member lists them. Each `*-methods.ts` file builds its
// table with `methodTable` and its dispatcher asks the table first (`table.has(key)`), so a method cannot be
// implemented without being listed; test/engine/members-catalog.test.ts checks that every listed one is.

export type MemberType = 'Property' | 'NoteProperty' | 'Method' | 'ParameterizedProperty' | 'AliasProperty' | 'ScriptProperty';

export interface MemberInfo {
	name: string;
	memberType: MemberType;
	definition: string;
	/** An accessor such as `get_Length`, which pwsh's Get-Member shows only with -Force. */
	hidden?: boolean;
}

/** A method: `method('Trim', 'string Trim()')`. */
export const method = (name: string, definition: string): MemberInfo => ({name, memberType: 'Method', definition});
/** A hidden accessor method (`get_Chars`, `set_Item`). */
export const accessor = (name: string, definition: string): MemberInfo => ({name, memberType: 'Method', definition, hidden: true});
/** A parameterized property, callable as a method too (`$s.Chars(0)`, `$h.Item('k')`). */
export const indexer = (name: string, definition: string): MemberInfo => ({name, memberType: 'ParameterizedProperty', definition});
/** A .NET property. */
export const property = (name: string, definition: string): MemberInfo => ({name, memberType: 'Property', definition});

/** The callable members of one kind of value: what Get-Member lists and what its dispatcher accepts. */
export class MethodTable {
	readonly members: readonly MemberInfo[];
	readonly #keys: ReadonlySet<string>;

	constructor(members: readonly MemberInfo[]) {
		this.members = members;
		this.#keys = new Set(members.map(m => m.name.toLowerCase()));
	}

	/** Whether the lower-case method name is listed (and so implemented). */
	has(key: string): boolean {
		return this.#keys.has(key);
	}

	/** This table with more members (a later entry of the same name replaces an earlier one). */
	with(...more: MemberInfo[]): MethodTable {
		const names = new Set(more.map(m => m.name.toLowerCase()));
		return new MethodTable([...this.members.filter(m => !names.has(m.name.toLowerCase())), ...more]);
	}

	/** This table without the named members. */
	without(...names: string[]): MethodTable {
		const drop = new Set(names.map(n => n.toLowerCase()));
		return new MethodTable(this.members.filter(m => !drop.has(m.name.toLowerCase())));
	}
}

export const methodTable = (members: readonly MemberInfo[]): MethodTable => new MethodTable(members);

/** Equals/GetHashCode/ToString as every object has them (GetType is added for all values by listMembers). */
export const OBJECT_METHODS: readonly MemberInfo[] = [
	method('Equals', 'bool Equals(System.Object obj)'),
	method('GetHashCode', 'int GetHashCode()'),
	method('ToString', 'string ToString()'),
];
