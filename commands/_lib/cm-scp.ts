// Finding the service connection point that a ConfigurationManager cmdlet's parameters name (by server, by
// site code, or by a piped SMS_SCI_SysResUse object), with the module's error when they name none.

import type {CmdletContext} from '../../src/engine/command.ts';
import type {ScpStatus, Site} from '../../src/site/index.ts';
import {inputResult, SCP_ROLE, serverOf} from './cm-objects.ts';

/** The module's error when the named object does not exist, with what the simulation knows added. */
export function noScpError(ctx: CmdletContext, site: Site, server: string, siteCode?: string | null): void {
	const scp = site.getScpStatus();
	const detail = !scp
		? 'No service connection point is installed in this hierarchy.'
		: `There is no service connection point on ${server}${siteCode ? ` at site ${siteCode}` : ''}; the hierarchy's service connection point is on ${scp.ServerName} (site ${scp.SiteCode}).`;
	ctx.writeError({
		message: `No object corresponds to the specified parameters. ${detail}`,
		category: 'ObjectNotFound',
		id: 'ItemNotFound',
		target: server,
		exceptionType: 'ItemNotFoundException',
	});
}

/** The SCP the parameters name, or undefined (after writing the error) when they name none. */
export function findScp(ctx: CmdletContext, site: Site): ScpStatus | undefined {
	const scp = site.getScpStatus();
	let server: string;
	let code: string | null = null;
	if (ctx.parameterSet.startsWith('ByValue') || ctx.parameterSet.startsWith('SearchByValue')) {
		const obj = inputResult(ctx, ctx.params.InputObject, ['SMS_SCI_SysResUse']);
		if (obj.get('RoleName') !== SCP_ROLE) {
			ctx.writeError({
				message: `The input object is the '${String(obj.get('RoleName'))}' role, not a service connection point (${SCP_ROLE}). Use Get-CMServiceConnectionPoint.`,
				category: 'InvalidArgument',
				id: 'InputObjectWrongRole',
				target: obj,
				exceptionType: 'ArgumentException',
			});
			return undefined;
		}
		server = serverOf(obj);
	} else {
		server = String(ctx.params.SiteSystemServerName).trim();
		code = ctx.params.SiteCode ?? null;
	}
	if (!scp || scp.ServerName.toLowerCase() !== server.toLowerCase() || (code && code.toLowerCase() !== scp.SiteCode.toLowerCase())) {
		noScpError(ctx, site, server, code);
		return undefined;
	}
	return scp;
}
