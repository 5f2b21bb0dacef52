// Resolving a written type to its full .NET name, and looking up names case-insensitively.

import {psError} from '../errors.ts';
import {PSType, resolveTypeName, typeRefName, type TypeRef} from '../types.ts';

export function canonicalType(type: TypeRef): string {
	if (type instanceof PSType) return type.fullName;
	const written = typeRefName(type);
	const canonical = resolveTypeName(written);
	if (!canonical) throw psError({message: `Unable to find type [${written}].`, category: 'InvalidOperation', id: 'TypeNotFound', exceptionType: 'RuntimeException', target: written});
	return canonical;
}

export function findName(names: Iterable<string>, name: string): string | undefined {
	const lower = name.toLowerCase();
	for (const candidate of names) if (candidate.toLowerCase() === lower) return candidate;
	return undefined;
}
