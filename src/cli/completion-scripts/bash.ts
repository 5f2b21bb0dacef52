// The bash completion script. Written for bash 3.2 too (macOS's /bin/bash): no ${x,,}, no mapfile, no
// associative arrays. bash splits words at ':' and '=' (COMP_WORDBREAKS), so `-Lab:x`, `--lab=x` and `$env:X`
// arrive in pieces; the script puts them back together where it matters.

import {GENERATED, type CompletionSpec} from './spec.ts';

const quoteList = (items: readonly string[]): string => items.map(i => `'${i}'`).join(' ');

export function bashScript(spec: CompletionSpec): string {
	const exact = spec.flags
		.map(f => {
			const names = [f.name.toLowerCase(), ...f.aliases.map(a => (a === '?' ? "'?'" : a))];
			if (f.name === 'Help') names.push("'?'");
			return `\t\t${[...new Set(names)].join('|')}) _scpsh_flag=${f.name} ;;`;
		})
		.join('\n');
	const valued = spec.flags.filter(f => f.value && f.value !== 'command').map(f => f.name);
	return `# bash completion for scpsh.
# ${GENERATED}
#
# Install: add \`source /path/to/completions/scpsh.bash\` to ~/.bashrc, or copy this file to
# \${XDG_DATA_HOME:-~/.local/share}/bash-completion/completions/scpsh (with the bash-completion package).

_scpsh_names=(${quoteList(spec.flags.map(f => f.name))})
_scpsh_long=(${quoteList(spec.flags.map(f => f.long))})
_scpsh_scenarios=(${quoteList(spec.scenarios)})
_scpsh_formats=(${quoteList(spec.formats)})

# Sets _scpsh_flag to the flag a word names — exact name, short form or unambiguous prefix, in any case, with
# one or two dashes — or to nothing.
_scpsh_resolve() {
	local w=\${1#-} had=0 f n=0 m=
	w=\${w#-}
	w=\${w%%[:=]*}
	w=\${w//-/}
	_scpsh_flag=
	[[ -z $w ]] && return
	shopt -q nocasematch && had=1
	shopt -s nocasematch
	case $w in
${exact}
		*)
			for f in "\${_scpsh_names[@]}"; do
				if [[ $f == "$w"* ]]; then
					m=$f
					n=$((n + 1))
				fi
			done
			[[ $n -eq 1 ]] && _scpsh_flag=$m
			;;
	esac
	[[ $had -eq 1 ]] || shopt -u nocasematch
}

# Adds to COMPREPLY the candidates that start with $1, in any case.
_scpsh_match() {
	local cur=$1 c had=0
	shift
	shopt -q nocasematch && had=1
	shopt -s nocasematch
	for c in "$@"; do
		[[ $c == "$cur"* ]] && COMPREPLY+=("$c")
	done
	[[ $had -eq 1 ]] || shopt -u nocasematch
}

# Lab names: the *.json files of the labs directory (files set aside have a dot in their name).
_scpsh_labs() {
	local dir f
	if [[ $OSTYPE == darwin* ]]; then
		dir=$HOME/Library/Preferences/scpsh-nodejs/labs
	else
		dir=\${XDG_CONFIG_HOME:-$HOME/.config}/scpsh-nodejs/labs
	fi
	for f in "$dir"/*.json; do
		[[ -e $f ]] || continue
		f=\${f##*/}
		f=\${f%.json}
		[[ $f == *.* ]] || printf '%s\\n' "$f"
	done
}

# The text of -Command, from word $1 to the cursor, completed by \`scpsh --complete\`.
_scpsh_command_text() {
	local start=$1 cur=$2 j word line= quote= head= last c had=0
	local -a cands
	cands=()
	for ((j = start; j <= COMP_CWORD; j++)); do
		word=\${COMP_WORDS[j]}
		if ((j > start)) && [[ $word != [:=] && \${COMP_WORDS[j - 1]} != [:=] ]]; then line+=' '; fi
		line+=$word
	done
	# An unclosed quote around the text: bash hands the whole text over as one word, quote included.
	case $line in
		\\'*|\\"*) quote=\${line:0:1}; line=\${line:1} ;;
	esac
	last=$line
	if [[ $line == *' '* ]]; then
		head="\${line% *} "
		last=\${line##* }
	fi
	local scpsh=\${COMP_WORDS[0]/#\\~/$HOME}
	while IFS= read -r c; do
		[[ -n $c ]] && cands+=("$c")
	done < <("$scpsh" --complete "$line" "\${#line}" 2>/dev/null)
	[[ \${#cands[@]} -eq 0 ]] && return
	# What the last word starts with, in any case; a misspelt word gets the engine's best guess.
	local -a keep
	keep=()
	shopt -q nocasematch && had=1
	shopt -s nocasematch
	for c in "\${cands[@]}"; do
		[[ $c == "$last"* ]] && keep+=("$c")
	done
	[[ $had -eq 1 ]] || shopt -u nocasematch
	[[ \${#keep[@]} -eq 0 ]] && keep=("\${cands[0]}")
	for c in "\${keep[@]}"; do
		if [[ -n $quote ]]; then
			COMPREPLY+=("$quote$head$c")
		else
			# bash replaces only what follows a ':' or '=' in the word (\`Of\` of \`-Mode:Of\`).
			COMPREPLY+=("\${c#"\${last%"$cur"}"}")
		fi
	done
}

_scpsh() {
	COMPREPLY=()
	local cur=\${2-\${COMP_WORDS[COMP_CWORD]}} i j word pending=
	for ((i = 1; i < COMP_CWORD; i++)); do
		word=\${COMP_WORDS[i]}
		if [[ -n $pending ]]; then
			# \`-Lab:x\` and \`--lab=x\`: bash made the ':' or '=' a word of its own.
			[[ $word == [:=] ]] && continue
			[[ $pending == File ]] && return
			pending=
			continue
		fi
		case $word in
			--) return ;;
			-) return ;;
			-*) ;;
			*) return ;;
		esac
		_scpsh_resolve "$word"
		case $_scpsh_flag in
			Command)
				j=$((i + 1))
				[[ \${COMP_WORDS[j]} == [:=] ]] && j=$((j + 1))
				((j <= COMP_CWORD)) && _scpsh_command_text "$j" "$cur"
				return
				;;
			${valued.join('|')})
				[[ $word == *[:=]?* ]] || pending=$_scpsh_flag
				;;
		esac
	done
	[[ $cur == [:=] ]] && cur=
	case $pending in
		Scenario) _scpsh_match "$cur" "\${_scpsh_scenarios[@]}"; return ;;
		OutputFormat) _scpsh_match "$cur" "\${_scpsh_formats[@]}"; return ;;
		Lab)
			local labs=() l
			while IFS= read -r l; do labs+=("$l"); done < <(_scpsh_labs)
			_scpsh_match "$cur" "\${labs[@]}"
			return
			;;
	esac
	if [[ -z $pending && $cur == --* ]]; then
		local f
		for f in "\${_scpsh_long[@]}"; do
			_scpsh_match "$cur" "--$f"
		done
		return
	fi
	if [[ -z $pending && $cur == -* ]]; then
		local f
		for f in "\${_scpsh_names[@]}"; do
			_scpsh_match "$cur" "-$f"
		done
		return
	fi
	# A script file (-File's value, or the first bare argument).
	compopt -o filenames 2>/dev/null
	while IFS= read -r word; do COMPREPLY+=("$word"); done < <(compgen -f -- "$cur")
}

complete -F _scpsh scpsh
`;
}
