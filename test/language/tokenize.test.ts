// Tokens classified for syntax colouring and completion: what each word is where it stands.

import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {tokenize, type SyntaxToken} from '../../src/language/tokenize.ts';

function kinds(source: string): string[] {
	return tokenize(source)
		.filter(token => token.kind !== 'NewLine')
		.map(token => `${token.kind}:${token.text}`);
}

describe('tokenize', () => {
	it('tells command names, parameters and arguments apart', () => {
		assert.deepEqual(kinds('Get-Component -Name SMS_DMP_DOWNLOADER C:\\x 5'), [
			'Command:Get-Component',
			'Parameter:-Name',
			'Generic:SMS_DMP_DOWNLOADER',
			'Generic:C:\\x',
			'Number:5',
		]);
	});

	it('colours a keyword as a keyword only where it is one', () => {
		assert.deepEqual(kinds('foreach ($x in $y) { }'), [
			'Keyword:foreach',
			'Punctuation:(',
			'Variable:$x',
			'Keyword:in',
			'Variable:$y',
			'Punctuation:)',
			'Punctuation:{',
			'Punctuation:}',
		]);
		assert.deepEqual(kinds('1 | foreach { }').slice(0, 3), ['Number:1', 'Operator:|', 'Command:foreach']);
		assert.deepEqual(kinds('Write-Output if'), ['Command:Write-Output', 'Generic:if']);
	});

	it('tells operators from parameters', () => {
		assert.deepEqual(kinds('$a -eq 1'), ['Variable:$a', 'Operator:-eq', 'Number:1']);
		assert.deepEqual(kinds('Get-X -eq 1'), ['Command:Get-X', 'Parameter:-eq', 'Number:1']);
	});

	it('marks types and members', () => {
		assert.deepEqual(kinds('[System.Math]::Round($x.Value, 2)'), [
			'Punctuation:[',
			'Type:System.Math',
			'Punctuation:]',
			'Operator:::',
			'Member:Round',
			'Punctuation:(',
			'Variable:$x',
			'Operator:.',
			'Member:Value',
			'Operator:,',
			'Number:2',
			'Punctuation:)',
		]);
		assert.deepEqual(kinds('[List[string]]$l'), ['Punctuation:[', 'Type:List', 'Punctuation:[', 'Type:string', 'Punctuation:]', 'Punctuation:]', 'Variable:$l']);
	});

	it('marks hash keys as members', () => {
		assert.deepEqual(kinds('@{ Name = 1 }'), ['Punctuation:@{', 'Member:Name', 'Operator:=', 'Number:1', 'Punctuation:}']);
	});

	it('includes comments, but not a `#` inside a word', () => {
		assert.deepEqual(kinds('a#b # note\n<# block #>'), ['Command:a#b', 'Comment:# note', 'Comment:<# block #>']);
	});

	it('nests the variables and subexpressions of a string inside it', () => {
		const [string] = tokenize('"a $b $(Get-C -D)"');
		assert.equal(string!.kind, 'String');
		assert.deepEqual(string!.nested?.map(token => `${token.kind}:${token.text}`), [
			'Variable:$b',
			'Punctuation:$(',
			'Command:Get-C',
			'Parameter:-D',
			'Punctuation:)',
		]);
	});

	it('nests the variables of a bare word', () => {
		const [, word] = tokenize('Write-Output $env:TEMP\\x');
		assert.equal(word!.kind, 'Generic');
		assert.deepEqual(word!.nested?.map(token => token.text), ['$env:TEMP']);
	});

	it('covers the source in order, with extents matching the text', () => {
		const source = 'function f([int]$a = 1) {\n  if ($a -gt 0) { "pos: $a" } # c\n}\nf 5 | Out-Null';
		const tokens = tokenize(source);
		let last = -1;
		const check = (list: SyntaxToken[]): void => {
			for (const token of list) {
				assert.ok(token.extent.start >= last, `order at ${token.extent.start}`);
				assert.equal(source.slice(token.extent.start, token.extent.end), token.text);
				last = token.extent.start;
				if (token.nested) {
					check(token.nested);
				}
			}
		};

		check(tokens);
		assert.deepEqual(
			tokens.filter(token => token.kind === 'Keyword').map(token => token.text),
			['function', 'if'],
		);
		assert.deepEqual(tokens.filter(token => token.kind === 'Command').map(token => token.text), ['f', 'f', 'Out-Null']);
	});

	it('tokenizes broken input without throwing', () => {
		assert.deepEqual(kinds('Get-X -Name "open'), ['Command:Get-X', 'Parameter:-Name', 'String:"open']);
		assert.ok(tokenize('}}}{{{"\'@(').length > 0);
	});

	it('marks redirections and pipes as operators', () => {
		assert.deepEqual(kinds('a 2>&1 > x | b'), ['Command:a', 'Operator:2>&1', 'Operator:>', 'Generic:x', 'Operator:|', 'Command:b']);
	});

	it('marks labels', () => {
		assert.deepEqual(kinds(':outer while (1) { break outer }').slice(0, 2), ['Label::outer', 'Keyword:while']);
	});
});
