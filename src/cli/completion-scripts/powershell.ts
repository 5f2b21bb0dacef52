// The PowerShell completion script: a native argument completer for scpsh, for people who keep pwsh as their shell.

import {GENERATED, type CompletionSpec} from './spec.ts';

const pq = (s: string): string => `'${s.replace(/'/g, "''")}'`;

export function powershellScript(spec: CompletionSpec): string {
	const flags = spec.flags
		.map(f => `\t@{ Name = ${pq(f.name)}; Long = ${pq(f.long)}; Aliases = @(${f.aliases.map(pq).join(', ')}); Value = ${f.value ? pq(f.value) : '$null'}; Help = ${pq(f.help)} }`)
		.join('\n');
	return `# PowerShell completion for scpsh.
# ${GENERATED}
#
# Install: add this line to your profile ($PROFILE):  . /path/to/completions/scpsh.ps1

$script:ScpshFlags = @(
${flags}
)
$script:ScpshScenarios = @(${spec.scenarios.map(pq).join(', ')})
$script:ScpshFormats = @(${spec.formats.map(pq).join(', ')})

# The flag a word names (exact name, short form or unambiguous prefix, any case), or $null.
function script:Resolve-ScpshFlag([string] $Word) {
	$w = ($Word -replace '^--?', '' -replace '[:=].*$', '' -replace '-', '').ToLowerInvariant()
	if (-not $w) { return $null }
	if ($w -eq '?') { return 'Help' }
	foreach ($f in $script:ScpshFlags) {
		if ($f.Name.ToLowerInvariant() -eq $w -or $f.Aliases -contains $w) { return $f.Name }
	}
	$found = @($script:ScpshFlags | Where-Object { $_.Name.ToLowerInvariant().StartsWith($w) })
	if ($found.Count -eq 1) { return $found[0].Name }
	$null
}

function script:Get-ScpshLabs {
	$dir = if ($IsWindows) { Join-Path $env:APPDATA 'scpsh-nodejs/Config/labs' }
		elseif ($IsMacOS) { Join-Path $HOME 'Library/Preferences/scpsh-nodejs/labs' }
		elseif ($env:XDG_CONFIG_HOME) { Join-Path $env:XDG_CONFIG_HOME 'scpsh-nodejs/labs' }
		else { Join-Path $HOME '.config/scpsh-nodejs/labs' }
	if (Test-Path -LiteralPath $dir) {
		Get-ChildItem -LiteralPath $dir -Filter '*.json' | ForEach-Object { $_.BaseName } | Where-Object { $_ -notmatch '\\.' }
	}
}

Register-ArgumentCompleter -Native -CommandName scpsh -ScriptBlock {
	param($wordToComplete, $commandAst, $cursorPosition)
	$result = { param($text, $kind, $tip) [System.Management.Automation.CompletionResult]::new($text, $text, $kind, $tip) }
	$elements = @($commandAst.CommandElements)
	$pending = $null
	for ($i = 1; $i -lt $elements.Count; $i++) {
		$e = $elements[$i]
		# Only the words before the one being completed decide where we are.
		if ($e.Extent.EndOffset -ge $cursorPosition -and $e.Extent.StartOffset -le $cursorPosition -and $wordToComplete) { break }
		if ($e.Extent.StartOffset -ge $cursorPosition) { break }
		$text = $e.Extent.Text
		if ($pending) {
			if ($pending -eq 'File') { return }
			$pending = $null
			continue
		}
		if ($text -eq '-' -or $text -eq '--' -or -not $text.StartsWith('-')) { return }
		$flag = Resolve-ScpshFlag $text
		if ($flag -eq 'Command') {
			# The rest of the line is PowerShell: ask scpsh, from the first word of the text to the cursor.
			if ($i + 1 -ge $elements.Count) { return }
			$start = $elements[$i + 1].Extent.StartOffset - $commandAst.Extent.StartOffset
			$line = $commandAst.Extent.Text.Substring($start, $cursorPosition - $commandAst.Extent.StartOffset - $start)
			$quote = ''
			if ($line -match "^['\`"]") { $quote = $line.Substring(0, 1); $line = $line.Substring(1) }
			$head = if ($quote -and $line.Contains(' ')) { $line.Substring(0, $line.LastIndexOf(' ') + 1) } else { '' }
			$exe = $elements[0].Extent.Text
			& $exe --complete $line $line.Length 2>$null | ForEach-Object { & $result "$quote$head$_" 'ParameterValue' $_ }
			return
		}
		if ($flag) {
			$spec = $script:ScpshFlags | Where-Object Name -eq $flag
			if ($spec.Value -and $text -notmatch '[:=].') { $pending = $flag }
		}
	}
	$prefix = ''
	$word = $wordToComplete
	if (-not $pending -and $word -match '^(-[^:=]*[:=])(.*)$') {
		$flag = Resolve-ScpshFlag $Matches[1]
		$spec = $script:ScpshFlags | Where-Object Name -eq $flag
		if ($spec.Value) { $pending = $flag; $prefix = $Matches[1]; $word = $Matches[2] }
	}
	$values = switch ($pending) {
		'Scenario' { $script:ScpshScenarios }
		'OutputFormat' { $script:ScpshFormats }
		'Lab' { Get-ScpshLabs }
		'File' { Get-ChildItem -Path "$word*" -ErrorAction Ignore | ForEach-Object { $_.FullName } }
		default { $null }
	}
	if ($pending) {
		$values | Where-Object { $_ -like "$word*" } | ForEach-Object { & $result "$prefix$_" 'ParameterValue' $_ }
		return
	}
	if ($word.StartsWith('--')) {
		$script:ScpshFlags | Where-Object { "--$($_.Long)" -like "$word*" } | ForEach-Object { & $result "--$($_.Long)" 'ParameterName' $_.Help }
	} elseif ($word.StartsWith('-')) {
		$script:ScpshFlags | Where-Object { "-$($_.Name)" -like "$word*" } | ForEach-Object { & $result "-$($_.Name)" 'ParameterName' $_.Help }
	} else {
		Get-ChildItem -Path "$word*" -ErrorAction Ignore | ForEach-Object { & $result $_.Name 'ProviderItem' $_.FullName }
	}
}
`;
}
