// STUB — being replaced by the conversions helper. Signatures are the contract.
import {PSObject, PSHashtable} from './values.ts';

/** A number as PowerShell prints it: up to 15 significant digits, `E+nn` exponents. */
export function formatNumber(n: number): string {
	return String(n);
}

/** `[string]$value` and string expansion: arrays joined with spaces, $null → '', booleans True/False. */
export function toStr(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'boolean') return value ? 'True' : 'False';
	if (typeof value === 'number') return formatNumber(value);
	if (Array.isArray(value)) return value.map(toStr).join(' ');
	if (value instanceof PSHashtable) return 'System.Collections.Hashtable';
	if (value instanceof PSObject) return '@{' + value.entries().map(([k, v]) => `${k}=${toStr(v)}`).join('; ') + '}';
	return String(value);
}
