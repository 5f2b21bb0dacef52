// Every completion script, by its file name in completions/.
import {bashScript} from './bash.ts';
import {fishScript} from './fish.ts';
import {powershellScript} from './powershell.ts';
import {completionSpec, type CompletionSpec} from './spec.ts';
import {zshScript} from './zsh.ts';

export function completionScripts(spec: CompletionSpec = completionSpec()): Record<string, string> {
	return {
		'scpsh.bash': bashScript(spec),
		'_scpsh': zshScript(spec),
		'scpsh.fish': fishScript(spec),
		'scpsh.ps1': powershellScript(spec),
	};
}
