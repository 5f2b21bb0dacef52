// Every script of the shared conformance table (conformance/ps-cases.tsv) parses without errors into the tree
// that gives its expected output: precedence, the comma operator, casts, switch, here-strings ...

import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {show} from './show.ts';

/** [id, script, expected tree] for each row of the table. */
const rows: [string, string, string][] = [
	['arith-03', '"!" * 3', '(* "!" 3)'],
	['arith-04', '7 % 2', '(% 7 2)'],
	['arith-05', '3+6/3*4', '(+ 3 (* (/ 6 3) 4))'],
	['arith-06', '3+6/(3*4)', '(+ 3 (/ 6 (paren (* 3 4))))'],
	['arith-12', '$array = 1,2,3\n$array * 2', '(= $array (array 1 2 3)); (* $array 2)'],
	['arith-13', '+ \'123\'', '(+ \'123\')'],
	['arith-15', '1 / [int]1.9', '(/ 1 ([int] 1.9))'],
	['arith-16', '$a = 1,2,3\n$b = "A","B","C"\n$a + $b', '(= $a (array 1 2 3)); (= $b (array "A" "B" "C")); (+ $a $b)'],
	['arr-03', '$C = 5..8\n$C', '(= $C (.. 5 8)); $C'],
	['arr-04', '$a = 0..9\n$a[2]', '(= $a (.. 0 9)); ([] $a 2)'],
	['arr-06', '$a = 0 .. 9\n$a[-3..-1]', '(= $a (.. 0 9)); ([] $a (.. -3 -1))'],
	['arr-08', '$a = 0 .. 9\n$a[2..-2]', '(= $a (.. 0 9)); ([] $a (.. 2 -2))'],
	['arr-13', '\'a\'..\'f\'', '(.. \'a\' \'f\')'],
	['arr-15', '(2)[0]', '([] (paren 2) 0)'],
	['bool-03', 'if ([int]0) { $true } else { $false }', '(if ([int] 0) {$true} else {$false})'],
	['bool-04', '[bool]\'False\'', '([bool] \'False\')'],
	['cmp-cont-03', '\'abc\', \'def\', \'ghi\' -contains \'abc\', \'def\'', '(contains (array \'abc\' \'def\' \'ghi\') (array \'abc\' \'def\'))'],
	['cmp-cont-06', '$DomainServers = \'ContosoDC1\', \'ContosoDC2\', \'ContosoFileServer\',\n                 \'ContosoDNS\', \'ContosoDHCP\', \'ContosoWSUS\'\n$thisComputer  = \'ContosoDC2\'\n$thisComputer -in $DomainServers', '(= $DomainServers (array \'ContosoDC1\' \'ContosoDC2\' \'ContosoFileServer\' \'ContosoDNS\' \'ContosoDHCP\' \'ContosoWSUS\')); (= $thisComputer \'ContosoDC2\'); (in $thisComputer $DomainServers)'],
	['cmp-eq-01', '2 -eq 2', '(eq 2 2)'],
	['cmp-eq-03', '\'abc\' -eq \'abc\', \'def\'', '(eq \'abc\' (array \'abc\' \'def\'))'],
	['cmp-eq-04', '\'abc\' -ne \'abc\', \'def\'', '(ne \'abc\' (array \'abc\' \'def\'))'],
	['cmp-eq-06', '\'abc\', \'def\' -ne \'abc\'', '(ne (array \'abc\' \'def\') \'abc\')'],
	['cmp-eq-07', '\'zzz\', \'def\', \'zzz\' -eq \'zzz\'', '(eq (array \'zzz\' \'def\' \'zzz\') \'zzz\')'],
	['cmp-like-02', '\'PowerShell\' -notlike \'*shell\'', '(notlike \'PowerShell\' \'*shell\')'],
	['cmp-like-05', '\'PowerShell\', \'Server\' -like \'*shell\'', '(like (array \'PowerShell\' \'Server\') \'*shell\')'],
	['cmp-like-07', '\'for\' -like \'f??\'', '(like \'for\' \'f??\')'],
	['cmp-like-09', '\'f??\' -like \'f`?`?\'', '(like \'f??\' \'f`?`?\')'],
	['cmp-match-01', '\'PowerShell\' -match \'shell\'', '(match \'PowerShell\' \'shell\')'],
	['cmp-match-03', '\'PowerShell\' -match \'^Power\\w+\'', '(match \'PowerShell\' \'^Power\\w+\')'],
	['cmp-match-08', '$string = \'The last logged on user was CONTOSO\\jsmith\'\n$string -match \'was (?<domain>.+)\\\\(?<user>.+)\'\n$Matches.domain\n$Matches.user\n$Matches[0]', '(= $string \'The last logged on user was CONTOSO\\jsmith\'); (match $string \'was (?<domain>.+)\\\\(?<user>.+)\'); (. $Matches domain); (. $Matches user); ([] $Matches 0)'],
	['cmp-rel-01', '$a=5, 6, 7, 8, 9\n$a -gt 7', '(= $a (array 5 6 7 8 9)); (gt $a 7)'],
	['cmp-rel-02', '$a=5, 6, 7, 8, 9\n$a -ge 7', '(= $a (array 5 6 7 8 9)); (ge $a 7)'],
	['cmp-rel-04', '8 -le 8', '(le 8 8)'],
	['cmp-repl-02', '\'book\' -creplace \'B\', \'C\'', '(creplace \'book\' (array \'B\' \'C\'))'],
	['cmp-repl-04', '$1 = \'Goodbye\'\n\'Hello World\' -replace \'(\\w+) \\w+\', "$1 Universe"', '(= $1 \'Goodbye\'); (replace \'Hello World\' (array \'(\\w+) \\w+\' (expand $1 " Universe")))'],
	['cmp-repl-07', '\'B1\',\'B2\',\'B3\',\'B4\',\'B5\' -replace \'B\', \'a\'', '(replace (array \'B1\' \'B2\' \'B3\' \'B4\' \'B5\') (array \'B\' \'a\'))'],
	['derived-02', '\'Running\' -eq \'RUNNING\'', '(eq \'Running\' \'RUNNING\')'],
	['derived-03', '\'Running\' -ceq \'RUNNING\'', '(ceq \'Running\' \'RUNNING\')'],
	['derived-04', '1..10 | Where-Object { $_ -gt 7 }', '(| (.. 1 10) (cmd Where-Object {(gt $_ 7)}))'],
	['derived-12', 'try { throw \'boom\' }\ncatch { "Caught: $_" }\nfinally { \'cleanup\' }', '(try {(throw \'boom\')} catch {(expand "Caught: " $_)} finally {\'cleanup\'})'],
	['derived-13', '$n = 7\nif ($n -lt 5) { \'low\' } elseif ($n -lt 10) { \'mid\' } else { \'high\' }', '(= $n 7); (if (lt $n 5) {\'low\'} elseif (lt $n 10) {\'mid\'} else {\'high\'})'],
	['derived-15', '(\'a,b,c\' -split \',\') -join \'|\'', '(join (paren (split \'a,b,c\' \',\')) \'|\')'],
	['fmt-02', '"{0} vs. {{0}}" -f \'foo\'', '(f "{0} vs. {{0}}" \'foo\')'],
	['hash-05', '$dictionary = [ordered]@{\n    1       = \'one\'\n    2       = \'two\'\n    \'three\' = 3\n}\n$dictionary.Keys', '(= $dictionary ([ordered] (hash 1=\'one\' 2=\'two\' \'three\'=3))); (. $dictionary Keys)'],
	['hash-06', '$dictionary = [ordered]@{\n    1       = \'one\'\n    2       = \'two\'\n    \'three\' = 3\n}\n$dictionary[\'three\']', '(= $dictionary ([ordered] (hash 1=\'one\' 2=\'two\' \'three\'=3))); ([] $dictionary \'three\')'],
	['join-01', '-join ("Windows", "PowerShell", "2.0")', '(join (paren (array "Windows" "PowerShell" "2.0")))'],
	['join-04', '-join "a", "b", "c"', '(array (join "a") "b" "c")'],
	['logic-02', '(1 -eq 1) -or (1 -eq 2)', '(or (paren (eq 1 1)) (paren (eq 1 2)))'],
	['logic-05', '!(1 -eq 1)', '(! (paren (eq 1 1)))'],
	['null-01', '$x = $null\n$x ?? 100', '(= $x $null); (?? $x 100)'],
	['pipe-02', '$object = [pscustomobject]@{Name="CustomObject";List=@(1,2,3,4,5)}\n$object | Select-Object -ExpandProperty List -Property Name', '(= $object ([pscustomobject] (hash Name="CustomObject" List=(@ (array 1 2 3 4 5))))); (| $object (cmd Select-Object -ExpandProperty List -Property Name))'],
	['pipe-04', '30000, 56798, 12432 | ForEach-Object -Process {$_/1024}', '(| (array 30000 56798 12432) (cmd ForEach-Object -Process {(/ $_ 1024)}))'],
	['pipe-08', '1..20 |Sort-Object {$_ % 3} -Stable', '(| (.. 1 20) (cmd Sort-Object {(% $_ 3)} -Stable))'],
	['pipe-10', '1, 2, 3 | Where-Object -FilterScript { ($PSItem % 2) -eq 0 }', '(| (array 1 2 3) (cmd Where-Object -FilterScript {(eq (paren (% $PSItem 2)) 0)}))'],
	['pipe-14', '$object3 = [pscustomobject]@{one=1; two=2}\n$object3', '(= $object3 ([pscustomobject] (hash one=1 two=2))); $object3'],
	['pipe-15', '$object = [pscustomobject]@{key = \'value\'}\n$object', '(= $object ([pscustomobject] (hash key=\'value\'))); $object'],
	['quote-05', '\'The value of $(2+3) is 5.\'', '\'The value of $(2+3) is 5.\''],
	['quote-09', '"Use a quotation mark (`") to begin a string."', '"Use a quotation mark (") to begin a string."'],
	['quote-11', '@"\nFor help, type "Get-Help"\n"@', '@"For help, type "Get-Help""'],
	['quote-13', '"hashtable: $(@{ key = \'value\' })"', '(expand "hashtable: " ($ (hash key=\'value\')))'],
	['quote-14', '"f`?`?"', '"f??"'],
	['quote-15', '\'f`?`?\'', '\'f`?`?\''],
	['split-02', '"Lastname:FirstName:Address" -split "(:)"', '(split "Lastname:FirstName:Address" "(:)")'],
	['split-06', '"Mercury,Venus,Earth,Mars,Jupiter,Saturn,Uranus,Neptune" -split \'er\'', '(split "Mercury,Venus,Earth,Mars,Jupiter,Saturn,Uranus,Neptune" \'er\')'],
	['switch-01', 'switch (3) {\n    1 { "It\'s one."   }\n    2 { "It\'s two."   }\n    3 { "It\'s three." }\n    4 { "It\'s four."  }\n}', '(switch 3 1 {"It\'s one."} 2 {"It\'s two."} 3 {"It\'s three."} 4 {"It\'s four."})'],
	['switch-04', 'switch ("fourteen") {\n    1       { "It\'s one.";   break }\n    2       { "It\'s two.";   break }\n    3       { "It\'s three."; break }\n    4       { "It\'s four.";  break }\n    "fo*"   { "That\'s too many."   }\n    default { "No matches"         }\n}', '(switch "fourteen" 1 {"It\'s one."; (break)} 2 {"It\'s two."; (break)} 3 {"It\'s three."; (break)} 4 {"It\'s four."; (break)} "fo*" {"That\'s too many."} default {"No matches"})'],
	['switch-05', 'switch -Wildcard ("fourteen") {\n    1     { "It\'s one.";   break }\n    2     { "It\'s two.";   break }\n    3     { "It\'s three."; break }\n    4     { "It\'s four.";  break }\n    "fo*" { "That\'s too many."   }\n}', '(switch -wildcard "fourteen" 1 {"It\'s one."; (break)} 2 {"It\'s two."; (break)} 3 {"It\'s three."; (break)} 4 {"It\'s four."; (break)} "fo*" {"That\'s too many."})'],
];

describe('conformance scripts', () => {
	for (const [id, script, tree] of rows) {
		it(`${id}: ${script.split('\n')[0]}`, () => {
			assert.equal(show(script), tree);
		});
	}
});
