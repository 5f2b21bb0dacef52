// The zsh completion function (#compdef scpsh). zsh keeps `-Lab:x` in one word and splits a quoted -Command text
// with `compset -q`, so it needs less repair than bash.

import {GENERATED, type CompletionSpec} from './spec.ts';

const zq = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

export function zshScript(spec: CompletionSpec): string {
	const exact = spec.flags
		.map(f => {
			const names = [f.name.toLowerCase(), ...f.aliases];
			if (f.name === 'Help') names.push("'?'");
			return `\t\t${[...new Set(names)].join('|')}) REPLY=${f.name} ;;`;
		})
		.join('\n');
	const described = (dash: string, key: 'name' | 'long') => spec.flags.map(f => zq(`${dash}${f[key]}:${f.help}`)).join(' ');
	const valued = spec.flags.filter(f => f.value && f.value !== 'command').map(f => f.name);
	return `#compdef scpsh
# zsh completion for scpsh.
# ${GENERATED}
#
# Install: copy this file as _scpsh into a directory on $fpath before compinit runs, for example
#   mkdir -p ~/.zfunc && cp completions/_scpsh ~/.zfunc/   and in ~/.zshrc: fpath=(~/.zfunc $fpath); autoload -U compinit; compinit

# Sets REPLY to the flag a word names — exact name, short form or unambiguous prefix, in any case — or to nothing.
_scpsh_resolve() {
	local w=\${1#-} f n=0 m=
	w=\${w#-}
	w=\${w%%[:=]*}
	w=\${(L)w//-/}
	REPLY=
	[[ -z $w ]] && return
	case $w in
${exact}
		*)
			for f in ${spec.flags.map(f => f.name).join(' ')}; do
				if [[ \${(L)f} == \${w}* ]]; then
					m=$f
					(( n++ ))
				fi
			done
			(( n == 1 )) && REPLY=$m
			;;
	esac
}

# Lab names: the *.json files of the labs directory (files set aside have a dot in their name).
_scpsh_labs() {
	local dir f
	if [[ $OSTYPE == darwin* ]]; then
		dir=$HOME/Library/Preferences/scpsh-nodejs/labs
	else
		dir=\${XDG_CONFIG_HOME:-$HOME/.config}/scpsh-nodejs/labs
	fi
	for f in $dir/*.json(N:t:r); do
		[[ $f == *.* ]] || print -r -- $f
	done
}

# The text of -Command, from word $1 to the cursor, completed by \`scpsh --complete\`.
_scpsh_command_text() {
	local start=$1 line c scpsh=\${words[1]/#\~/$HOME}
	local -a cands
	# A quoted text is one word: split it into the words of the command.
	if (( CURRENT == start )) && [[ $words[CURRENT] == [\\'\\"]* ]]; then
		compset -q
		start=1
	fi
	line=\${(j: :)\${(Q)words[start,CURRENT-1]}}
	(( CURRENT > start )) && line+=' '
	line+=\${(Q)PREFIX}
	cands=(\${(f)"$($scpsh --complete "$line" \${#line} 2>/dev/null)"})
	(( \${#cands} )) || return 1
	# Case-insensitive; a misspelt word gets the engine's best guess.
	compadd -M 'm:{a-zA-Z}={A-Za-z}' -- $cands || compadd -U -- $cands[1]
}

_scpsh() {
	local i word pending= REPLY
	for (( i = 2; i < CURRENT; i++ )); do
		word=$words[i]
		if [[ -n $pending ]]; then
			[[ $pending == File ]] && return 1
			pending=
			continue
		fi
		case $word in
			-|--) return 1 ;;
			-*) ;;
			*) return 1 ;;
		esac
		_scpsh_resolve $word
		case $REPLY in
			Command)
				_scpsh_command_text $(( i + 1 ))
				return
				;;
			${valued.join('|')})
				[[ $word == *[:=]?* ]] || pending=$REPLY
				;;
		esac
	done
	# \`-Lab:x\` or \`--lab=x\` being typed: complete the value after the ':' or '='.
	if [[ -z $pending && $PREFIX == -*[:=]* ]]; then
		_scpsh_resolve \${PREFIX%%[:=]*}
		case $REPLY in
			${valued.join('|')})
				pending=$REPLY
				compset -P '*[:=]'
				;;
		esac
	fi
	local -a values
	case $pending in
		Scenario) values=(${spec.scenarios.map(zq).join(' ')}) ;;
		OutputFormat) values=(${spec.formats.map(zq).join(' ')}) ;;
		Lab) values=(\${(f)"$(_scpsh_labs)"}) ;;
		File) _files; return ;;
	esac
	if [[ -n $pending ]]; then
		compadd -M 'm:{a-zA-Z}={A-Za-z}' -a values
		return
	fi
	local -a flags
	if [[ $PREFIX == --* ]]; then
		flags=(${described('--', 'long')})
		_describe -t flags 'scpsh flag' flags -M 'm:{a-zA-Z}={A-Za-z}'
	elif [[ $PREFIX == -* ]]; then
		flags=(${described('-', 'name')})
		_describe -t flags 'scpsh flag' flags -M 'm:{a-zA-Z}={A-Za-z}'
	else
		_files
	fi
}

_scpsh "$@"
`;
}
