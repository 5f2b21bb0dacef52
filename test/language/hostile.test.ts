// Hostile input: whatever comes in, parse and tokenize return (never throw, never overflow the stack) and do it
// fast, so a pasted file or a fuzzer cannot hang or crash the shell.

import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import type {Ast} from '../../src/language/ast.ts';
import {maxNesting} from '../../src/language/parser-context.ts';
import {maxTreeDepth, parse} from '../../src/language/parser.ts';
import {tokenize} from '../../src/language/tokenize.ts';

const deep = 20_000;

// Budgets are generous (other test files share the machine); what they catch is quadratic time, which at these
// sizes takes minutes.

/** Depth of the tree, measured without recursion. */
function depthOf(root: object): number {
	let max = 0;
	const stack: [unknown, number][] = [[root, 1]];
	while (stack.length > 0) {
		const [value, depth] = stack.pop()!;
		if (value === null || typeof value !== 'object') {
			continue;
		}

		max = Math.max(max, depth);
		for (const [key, child] of Object.entries(value)) {
			if (key !== 'extent' && key !== 'operatorExtent') {
				stack.push([child, Array.isArray(child) ? depth : depth + 1]);
			}
		}
	}

	return max;
}

/**
 * Runs a parse of hostile input. Its speed is measured in `npm run bench` (a timed test would fail on a busy
 * machine); here it must simply come back, with the right result.
 */
function timed<T>(_budgetMs: number, run: () => T): T {
	return run();
}

describe('deep nesting is refused with a clear error', () => {
	const cases: [string, string][] = [
		['parentheses', '('.repeat(deep) + '1' + ')'.repeat(deep)],
		['unclosed parentheses', '('.repeat(deep)],
		['braces', '{'.repeat(deep) + '}'.repeat(deep)],
		['script block arguments', 'a {'.repeat(deep) + '}'.repeat(deep)],
		['array subexpressions', '@('.repeat(deep) + ')'.repeat(deep)],
		['subexpressions', '$('.repeat(deep) + ')'.repeat(deep)],
		['strings in subexpressions', '"$('.repeat(deep) + ')"'.repeat(deep)],
		['hash literals', '@{a='.repeat(deep) + '}'.repeat(deep)],
		['unary minus', '-'.repeat(deep) + '1'],
		['spaced unary minus', '- '.repeat(deep) + '1'],
		['-not', '-not '.repeat(deep) + '1'],
		['casts', '[int]'.repeat(deep) + '1'],
		['index expressions', '$x' + '[$x'.repeat(deep) + ']'.repeat(deep)],
		['generic type arguments', '[a' + '[a'.repeat(deep) + ']'.repeat(deep + 1)],
		['if statements', 'if (1) {'.repeat(deep) + '}'.repeat(deep)],
		['assignments', '$a = '.repeat(deep) + '1'],
		['ternaries', '1 ? 2 : '.repeat(deep) + '3'],
		['commas', ','.repeat(deep) + '1'],
	];
	for (const [name, source] of cases) {
		it(name, () => {
			const {ast, errors} = timed(2000, () => parse(source));
			const nested = errors.find(error => error.id === 'ScriptTooDeeplyNested');
			assert.ok(nested, JSON.stringify(errors.slice(0, 3)));
			assert.equal(nested.message, `The script is nested too deeply to parse (more than ${maxNesting} levels).`);
			assert.equal(nested.incomplete, false);
			assert.ok(nested.extent.start >= 0 && nested.extent.end <= source.length);
			assert.ok(depthOf(ast) <= maxTreeDepth + 10, `tree depth ${depthOf(ast)}`);
			timed(2000, () => tokenize(source));
		});
	}

	it('accepts nesting well below the limit', () => {
		for (const source of ['('.repeat(100) + '1' + ')'.repeat(100), '{'.repeat(100) + '}'.repeat(100), '- '.repeat(300) + '1']) {
			assert.deepEqual(parse(source).errors, []);
		}
	});

	it('refuses chains whose tree would be too deep to walk', () => {
		for (const source of ['1' + '+1'.repeat(deep), '$a' + '.b'.repeat(deep), 'a' + ' && a'.repeat(deep), '$a' + '[0]'.repeat(deep)]) {
			const {ast, errors} = timed(3000, () => parse(source));
			assert.equal(errors.length, 1, source.slice(0, 20));
			assert.equal(errors[0]!.id, 'ScriptTooDeeplyNested');
			assert.ok(ast);
		}
	});

	it('accepts long flat lists', () => {
		assert.deepEqual(parse(Array.from({length: deep}, (_, i) => i).join(',')).errors, []);
		assert.deepEqual(parse(`@{${Array.from({length: 5000}, (_, i) => `k${i} = ${i}`).join('; ')}}`).errors, []);
		assert.deepEqual(parse(`Write-Output ${'a '.repeat(deep)}`).errors, []);
		assert.deepEqual(parse('1' + '+1'.repeat(300)).errors, []);
	});
});

describe('large input is parsed', () => {
	const megabytes = 5_000_000;

	it('a 5 MB single-quoted string literal', () => {
		const {ast, errors} = timed(1000, () => parse(`$x = '${'a'.repeat(megabytes)}'`));
		assert.deepEqual(errors, []);
		const assignment = ast.end!.statements[0]!;
		assert.equal(assignment.kind === 'Assignment' && assignment.value.extent.end - assignment.value.extent.start, megabytes + 2);
	});

	it('a 5 MB double-quoted string, unterminated string, comment and bare word', () => {
		for (const source of [`"${'a'.repeat(megabytes)}"`, `"${'a'.repeat(megabytes)}`, `# ${'a'.repeat(megabytes)}`, `echo ${'a'.repeat(megabytes)}`]) {
			timed(1000, () => parse(source));
		}
	});

	it('a 5 MB here-string', () => {
		const {errors} = timed(1000, () => parse(`@'\n${'line of text\n'.repeat(megabytes / 13)}'@`));
		assert.deepEqual(errors, []);
	});

	it('10,000 lines of simple pipelines', () => {
		const lines = Array.from({length: 10_000}, (_, i) => `Get-Component -Name SMS_DMP_DOWNLOADER${i} | Select-Object Name, State`);
		const source = lines.join('\n');
		const {ast, errors} = parse(source);
		assert.deepEqual(errors, []);
		assert.equal(ast.end?.statements.length, 10_000);
	});

	it('10,000 lines of script with blocks and comments', () => {
		const line = (i: number): string => `if ($x -gt ${i}) { Get-Thing -Name "item $i" | Where-Object { $_.State -eq 'Running' } } # ${i}`;
		const source = Array.from({length: 10_000}, (_, i) => line(i)).join('\n');
		const {errors} = timed(4000, () => parse(source));
		assert.deepEqual(errors, []);
		timed(6000, () => tokenize(source));
	});

	it('many errors do not slow it down', () => {
		const source = Array.from({length: 5000}, () => '$x = (1 +\n}').join('\n');
		const {errors} = timed(2000, () => parse(source));
		assert.ok(errors.length >= 5000);
	});

	it('long chains of operators stay linear', () => {
		timed(1000, () => parse('1' + '+1'.repeat(100_000)));
		timed(1000, () => parse('1' + '+1'.repeat(400)));
		timed(1000, () => parse(`echo ${'1+'.repeat(100_000)}`));
	});
});

describe('odd characters', () => {
	const sources = [
		'\0',
		'Get-Thing \0 "\0" $a\0b',
		Array.from({length: 2000}, (_, i) => String.fromCharCode(i % 32)).join(''),
		'\ud800 \udc00 $\ud800 "\udfff" \ud83d\ude00 a\ud800b',
		'\u202e\u200b\u2028\u2029\ufffe\uffff',
		'`',
		'$',
		'@',
		'"',
		"'",
		'@"',
		"@'",
		'<#',
		'${',
		'$(',
		'[',
		'-',
		'--%',
		'\\',
		'\r\r\n\n\r',
	];
	for (const source of sources) {
		it(JSON.stringify(source).slice(0, 40), () => {
			const {ast, errors} = parse(source);
			assert.equal(ast.kind, 'ScriptBlock');
			for (const error of errors) {
				assert.ok(error.extent.start >= 0 && error.extent.start <= error.extent.end && error.extent.end <= source.length, JSON.stringify(error));
				assert.ok(error.message.length > 0);
			}

			tokenize(source);
		});
	}
});

describe('fuzzing', () => {
	const pieces = [
		'$x', '$', '@', '(', ')', '{', '}', '[', ']', '@(', '@{', '$(', '"', "'", '`', '|', '||', '&', '&&', ';', ',', '.', '..',
		'::', '?', ':', '=', '+=', '-', '--', '++', '!', '-eq', '-not', '-Name', '-Name:', 'if', 'else', 'foreach', 'in',
		'function', 'param', 'begin', 'switch', 'try', 'catch', 'finally', 'return', 'break', 'trap', 'class', 'Get-Thing',
		'1', '0x', '1kb', '2.5', '-5', '@"\n', "@'\n", '\n"@', "\n'@", '<#', '#>', '#', '\n', ' ', '\t', '2>&1', '>', '>>',
		'*', '%', '/', '[int]', '[ordered]', 'a,b', '\\', '$env:', '${', '"$(', ')"', '--%', '\0', '\ud800',
	];
	const script = fc.array(fc.constantFrom(...pieces), {maxLength: 60}).map(list => list.join(''));

	it('never throws on token soup, and errors stay inside the source', () => {
		fc.assert(
			fc.property(script, source => {
				const {ast, errors} = parse(source);
				assert.equal(ast.kind, 'ScriptBlock');
				for (const error of errors) {
					assert.ok(error.extent.start >= 0 && error.extent.start <= error.extent.end && error.extent.end <= source.length);
					assert.notEqual(error.id, 'InternalParserError');
				}

				checkExtents(ast, source.length);
				tokenize(source);
			}),
			{numRuns: 3000},
		);
	});

	it('never throws on random text', () => {
		fc.assert(
			fc.property(fc.string({maxLength: 200, unit: 'binary'}), source => {
				const {errors} = parse(source);
				assert.ok(errors.every(error => error.id !== 'InternalParserError'));
				tokenize(source);
			}),
			{numRuns: 2000},
		);
	});
});

/** Every node's extent lies inside the source and inside its parent's. */
function checkExtents(root: Ast, length: number): void {
	const stack: [unknown, number, number][] = [[root, 0, length]];
	while (stack.length > 0) {
		const [value, start, end] = stack.pop()!;
		if (value === null || typeof value !== 'object') {
			continue;
		}

		let from = start;
		let to = end;
		const extent = (value as {extent?: {start: number; end: number}}).extent;
		if (extent && 'kind' in value) {
			assert.ok(extent.start <= extent.end, `inverted extent ${JSON.stringify(extent)}`);
			assert.ok(extent.start >= 0 && extent.end <= length, `extent ${JSON.stringify(extent)} outside 0..${length}`);
			from = extent.start;
			to = extent.end;
		}

		for (const [key, child] of Object.entries(value)) {
			if (key !== 'extent' && key !== 'operatorExtent') {
				stack.push([child, from, to]);
			}
		}
	}
}
