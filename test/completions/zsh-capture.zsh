# Prints, marked <<MATCH:...>>, the matches zsh's completion system adds for a command line, as a person pressing Tab
# would get them. Usage: zsh -f zsh-capture.zsh <dir holding _scpsh> <command line>
# It runs an interactive zsh in a pseudo-terminal, wraps compadd to print what is added, presses Tab, then runs
# a command that prints a marker so the output can be read up to a known point.
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z "PROMPT='' RPROMPT=''; fpath=(${(q)1} \$fpath); autoload -U compinit; compinit -u -D"
zpty -w z 'compadd () {
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return $?; fi
  typeset -a __hits
  builtin compadd -A __hits "$@"
  local ret=$?
  local h; for h in $__hits; do print -r -- "<<MATCH:$h>>"; done
  return $ret
}'
zpty -w z 'bindkey "^I" complete-word; print -r -- "<<""READY>>"'
zpty -r z line '*<<READY>>*'
zpty -w -n z "$2"$'\t'
zpty -w -n z $'\x15'
zpty -w z 'print -r -- "<<""DONE>>"'
local out
zpty -r z out '*<<DONE>>*'
print -r -- $out
zpty -d z
