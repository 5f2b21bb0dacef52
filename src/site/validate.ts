// Validation of user-supplied values. Each returns the normalized value or throws a SiteError that names
// what was wrong and what is valid; operations call these before they change anything.

import {SiteError} from './errors.ts';
import type {ScpMode, UsageDataLevel} from './state.ts';

export const SCP_MODES: readonly ScpMode[] = ['Online', 'Offline'];
export const USAGE_LEVELS: readonly UsageDataLevel[] = ['Basic', 'Enhanced', 'Full'];

function oneOf<T extends string>(text: unknown, valid: readonly T[], what: string, id: string): T {
	const found = valid.find((v) => v.toLowerCase() === String(text).trim().toLowerCase());
	if (!found) throw new SiteError(`'${String(text)}' is not a valid ${what}. Valid values: ${valid.join(', ')}.`, 'InvalidArgument', id, text);
	return found;
}

export const parseMode = (text: unknown): ScpMode => oneOf(text, SCP_MODES, 'service connection point mode', 'InvalidScpMode');
export const parseLevel = (text: unknown): UsageDataLevel => oneOf(text, USAGE_LEVELS, 'usage data level', 'InvalidUsageDataLevel');

// ConfigMgr reserves these codes (setup refuses them).
const RESERVED_CODES = ['AUX', 'CON', 'NUL', 'PRN', 'SMS'];

export function validateSiteCode(text: unknown): string {
	const code = String(text).trim().toUpperCase();
	if (!/^[A-Z0-9]{3}$/.test(code)) {
		throw new SiteError(`'${String(text)}' is not a valid site code: a site code is exactly three letters or digits (for example PS1).`,
			'InvalidArgument', 'InvalidSiteCode', text);
	}
	if (RESERVED_CODES.includes(code)) {
		throw new SiteError(`'${code}' is reserved and cannot be a site code (reserved: ${RESERVED_CODES.join(', ')}).`, 'InvalidArgument', 'InvalidSiteCode', text);
	}
	return code;
}

export function validateServerName(text: unknown): string {
	const name = String(text).trim();
	if (!/^[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*$/.test(name) || name.length > 253) {
		throw new SiteError(`'${String(text)}' is not a valid server name: use the fully qualified domain name, for example SCP01.contoso.com.`,
			'InvalidArgument', 'InvalidServerName', text);
	}
	return name;
}

/** `DOMAIN\user` or `user@domain`. */
export function validateAccount(text: unknown): string {
	const acct = String(text).trim();
	if (!/^[^\\/@\s]+\\[^\\/@\s]+$/.test(acct) && !/^[^\\/@\s]+@[^\\/@\s]+\.[^\\/@\s]+$/.test(acct)) {
		throw new SiteError(`'${String(text)}' is not a valid account name: use DOMAIN\\user or user@domain (for example CONTOSO\\svc-cm-install).`,
			'InvalidArgument', 'InvalidAccount', text);
	}
	return acct;
}

export function validateGuid(text: unknown): string {
	const t = String(text).trim().replace(/^\{(.*)\}$/, '$1');
	if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(t)) {
		throw new SiteError(`'${String(text)}' is not a valid GUID: use the tenant ID in the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.`,
			'InvalidArgument', 'InvalidTenantId', text);
	}
	return t.toLowerCase();
}

export function validatePort(value: unknown): number {
	const n = typeof value === 'number' ? value : Number(String(value).trim());
	if (!Number.isInteger(n) || n < 1 || n > 65535) {
		throw new SiteError(`'${String(value)}' is not a valid port: use a whole number from 1 to 65535.`, 'InvalidArgument', 'InvalidPort', value);
	}
	return n;
}
