// Set-Alias and New-Alias share their parameters; New-Alias refuses to replace an alias that exists.

import type {CmdletContext, CmdletDef, ParameterDef} from '../../src/engine/command.ts';

export const aliasParameters: ParameterDef[] = [
	{name: 'Name', type: 'string', mandatory: true, position: 0, help: 'The new alias. Any name except an existing cmdlet name.'},
	{name: 'Value', type: 'string', mandatory: true, position: 1, help: 'The cmdlet or function the alias runs.', complete: s => s.listCommands().filter(c => c.commandType !== 'Alias').map(c => c.name)},
	{name: 'Description', type: 'string', help: 'A description of the alias (kept for compatibility; not shown).'},
	{name: 'PassThru', type: 'switch', help: 'Writes the alias object.'},
	{name: 'Force', type: 'switch', help: 'With New-Alias, replaces an alias that already exists.'},
];

export function defineAlias(ctx: CmdletContext, def: CmdletDef, replace: boolean): void {
	const name: string = ctx.params.Name;
	const value: string = ctx.params.Value;
	const existing = ctx.session.resolveCommand(name);
	if (existing && existing.commandType === 'Cmdlet' && existing.name.toLowerCase() === name.toLowerCase()) {
		ctx.fail({message: `The alias is not allowed, because a cmdlet named '${existing.name}' already exists.`, id: `AliasNotWritable,${def.name}`, category: 'WriteError', exceptionType: 'SessionStateUnauthorizedAccessException', target: name});
	}
	const aliasExists = ctx.session.listCommands().some(c => c.commandType === 'Alias' && c.name.toLowerCase() === name.toLowerCase());
	if (aliasExists && !replace && !ctx.params.Force) {
		ctx.fail({message: `The alias is not allowed, because an alias with the name '${name}' already exists.`, id: `AliasAlreadyExists,${def.name}`, category: 'ResourceExists', exceptionType: 'SessionStateException', target: name});
	}
	ctx.session.setAlias(name, value);
	if (ctx.params.PassThru) {
		const info = ctx.session.listCommands().find(c => c.commandType === 'Alias' && c.name.toLowerCase() === name.toLowerCase());
		if (info) ctx.write(info);
	}
}
