// The common parameters every cmdlet and advanced function takes, with pwsh's aliases.

import type {ParameterDef} from './command.ts';

const actions = ['Continue', 'Ignore', 'Inquire', 'SilentlyContinue', 'Stop', 'Suspend', 'Break'] as const;

// ActionPreference is an enum: scripts write `-ea 0` for SilentlyContinue.
const actionByNumber = ['SilentlyContinue', 'Stop', 'Continue', 'Inquire', 'Ignore', 'Suspend', 'Break'];
const actionValue = (v: unknown): unknown => {
	const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
	return Number.isInteger(n) && actionByNumber[n] ? actionByNumber[n] : v;
};

export const commonParameters: ParameterDef[] = [
	{name: 'Verbose', type: 'switch', aliases: ['vb'], help: 'Shows the verbose messages of the command.'},
	{name: 'Debug', type: 'switch', aliases: ['db'], help: 'Shows the debug messages of the command.'},
	{name: 'ErrorAction', type: 'string', aliases: ['ea'], validateSet: actions, transform: actionValue, help: 'What to do with a non-terminating error.'},
	{name: 'WarningAction', type: 'string', aliases: ['wa'], validateSet: actions, transform: actionValue, help: 'What to do with a warning.'},
	{name: 'InformationAction', type: 'string', aliases: ['infa'], validateSet: actions, transform: actionValue, help: 'What to do with information messages.'},
	{name: 'ProgressAction', type: 'string', aliases: ['proga'], validateSet: actions, transform: actionValue, help: 'What to do with progress records.'},
	{name: 'ErrorVariable', type: 'string', aliases: ['ev'], help: 'Stores the errors in this variable (+name appends).'},
	{name: 'WarningVariable', type: 'string', aliases: ['wv'], help: 'Stores the warnings in this variable.'},
	{name: 'InformationVariable', type: 'string', aliases: ['iv'], help: 'Stores the information messages in this variable.'},
	{name: 'OutVariable', type: 'string', aliases: ['ov'], help: 'Stores the output in this variable as well (+name appends).'},
	{name: 'OutBuffer', type: 'int', aliases: ['ob'], help: 'Objects to buffer before passing them on.'},
	{name: 'PipelineVariable', type: 'string', aliases: ['pv'], help: 'Stores the current pipeline object in this variable.'},
];

export const shouldProcessParameters: ParameterDef[] = [
	{name: 'WhatIf', type: 'switch', aliases: ['wi'], help: 'Shows what would happen if the cmdlet runs. The cmdlet is not run.'},
	{name: 'Confirm', type: 'switch', aliases: ['cf'], help: 'Prompts you for confirmation before running the cmdlet.'},
];

export const commonParameterNames = new Set(
	[...commonParameters, ...shouldProcessParameters].map(p => p.name.toLowerCase()),
);
