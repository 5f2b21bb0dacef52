// The fish completion script. Flags are offered as arguments (not fish option specs) so that the launcher's own
// rules — any case, unambiguous prefixes, -Lab:x — decide what a word means, as they do when scpsh runs.

import {GENERATED, type CompletionSpec} from './spec.ts';

const fq = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

export function fishScript(spec: CompletionSpec): string {
	const cases = spec.flags
		.map(f => {
			const names = [f.name.toLowerCase(), ...f.aliases];
			if (f.name === 'Help') names.push("'?'");
			return `\t\tcase ${[...new Set(names)].join(' ')}\n\t\t\techo ${f.name}`;
		})
		.join('\n');
	const valued = spec.flags.filter(f => f.value && f.value !== 'command').map(f => f.name);
	const flagLines = (dash: string, key: 'name' | 'long') => spec.flags.map(f => `\t\techo ${fq(`${dash}${f[key]}\t${f.help}`)}`).join('\n');
	return `# fish completion for scpsh.
# ${GENERATED}
#
# Install: copy this file to ~/.config/fish/completions/scpsh.fish

# The flag a word names — exact name, short form or unambiguous prefix, in any case — or nothing.
function __scpsh_resolve --argument-names word
	set -l w (string replace -r -- '^--?' '' $word | string replace -r -- '[:=].*$' '' | string replace -a -- '-' '' | string lower)
	test -n "$w"; or return
	switch $w
${cases}
		case '*'
			set -l found
			for f in ${spec.flags.map(f => f.name).join(' ')}
				string match -q -- "$w*" (string lower -- $f); and set -a found $f
			end
			test (count $found) -eq 1; and echo $found
	end
end

# Where the cursor is: "flags", "value <Flag>", "inline <Flag>", "command <index of the text's first token>" or
# "args" (a script's arguments, which scpsh does not know).
function __scpsh_state
	set -l tokens (commandline -opc)
	set -e tokens[1]
	set -l pending
	set -l i 0
	for t in $tokens
		set i (math $i + 1)
		if test -n "$pending"
			test "$pending" = File; and echo args; and return
			set pending
			continue
		end
		switch $t
			case - --
				echo args
				return
			case '-*'
			case '*'
				echo args
				return
		end
		set -l f (__scpsh_resolve $t)
		switch "$f"
			case Command
				echo command (math $i + 1)
				return
			case ${valued.join(' ')}
				string match -qr -- '[:=].' $t; or set pending $f
		end
	end
	if test -n "$pending"
		echo value $pending
		return
	end
	set -l cur (commandline -ct)
	if string match -qr -- '^-[^:=]*[:=]' $cur
		set -l f (__scpsh_resolve $cur)
		if contains -- "$f" ${valued.join(' ')}
			echo inline $f
			return
		end
	end
	echo flags
end

function __scpsh_is
	set -l state (string split ' ' -- (__scpsh_state))
	test "$state[1]" = $argv[1]; or return 1
	test (count $argv) -lt 2; or test "$state[2]" = $argv[2]
end

function __scpsh_labs
	set -l dir
	if test (uname) = Darwin
		set dir $HOME/Library/Preferences/scpsh-nodejs/labs
	else if set -q XDG_CONFIG_HOME; and test -n "$XDG_CONFIG_HOME"
		set dir $XDG_CONFIG_HOME/scpsh-nodejs/labs
	else
		set dir $HOME/.config/scpsh-nodejs/labs
	end
	for f in $dir/*.json
		set -l name (basename $f .json)
		string match -q -- '*.*' $name; or echo $name
	end
end

# The values of a flag; after -Lab: or --lab= in the same word, with that part in front.
function __scpsh_values --argument-names flag
	set -l prefix ''
	set -l cur (commandline -ct)
	if string match -qr -- '^-[^:=]*[:=]' $cur
		set prefix (string replace -r -- '([:=]).*$' '$1' $cur)
	end
	switch $flag
		case Scenario
			printf "$prefix%s\\n" ${spec.scenarios.join(' ')}
		case OutputFormat
			printf "$prefix%s\\n" ${spec.formats.join(' ')}
		case Lab
			for l in (__scpsh_labs)
				echo $prefix$l
			end
		case File
			__fish_complete_path (string replace -r -- '^-[^:=]*[:=]' '' $cur)
	end
end

function __scpsh_flags
	if string match -q -- '--*' (commandline -ct)
${flagLines('--', 'long')}
	else
${flagLines('-', 'name')}
	end
end

# The text of -Command up to the cursor, completed by \`scpsh --complete\`.
function __scpsh_command_text
	set -l state (string split ' ' -- (__scpsh_state))
	set -l tokens (commandline -opc)
	set -l scpsh (string replace -r -- '^~' $HOME $tokens[1])
	set -e tokens[1]
	set -l words $tokens[$state[2]..-1]
	set -l cur (commandline -ct)
	set -l head ''
	# A quoted text arrives as one token: complete its last word, keep the rest in front.
	if string match -qr -- '^[\\'"]' $cur
		set cur (string sub -s 2 -- $cur)
		string match -q -- '* *' $cur; and set head (string replace -r -- '[^ ]*$' '' $cur)
	end
	set -l line (string join ' ' -- $words $cur)
	for c in ($scpsh --complete "$line" (string length -- "$line") 2>/dev/null)
		echo $head$c
	end
end

complete -c scpsh -e
complete -c scpsh -f -n '__scpsh_is flags; and string match -q -- "-*" (commandline -ct)' -a '(__scpsh_flags)'
complete -c scpsh -F -n '__scpsh_is flags; and not string match -q -- "-*" (commandline -ct)'
${valued.map(f => `complete -c scpsh -f -n '__scpsh_is value ${f}; or __scpsh_is inline ${f}' -a '(__scpsh_values ${f})'`).join('\n')}
complete -c scpsh -f -n '__scpsh_is command' -a '(__scpsh_command_text)'
complete -c scpsh -f -n '__scpsh_is args'
`;
}
