// Shared by the format tests: run values through Out-Default and get the lines it prints.

import {OutDefault, type OutDefaultOptions} from '../../src/format/out-default.ts';
import {PSObject} from '../../src/engine/values.ts';

export function outDefault(values: readonly unknown[], options: Partial<OutDefaultOptions> = {}): string[] {
	const lines: string[] = [];
	const formatter = new OutDefault({width: 80, color: false, ...options}, line => lines.push(line));
	for (const value of values) formatter.write(value);
	formatter.end();
	return lines;
}

/** A [pscustomobject]. */
export const obj = (properties: Record<string, unknown>): PSObject => new PSObject(undefined, properties);

/** A typed record, as the site writes them. */
export const rec = (typeName: string, properties: Record<string, unknown>): PSObject => new PSObject(typeName, properties);
