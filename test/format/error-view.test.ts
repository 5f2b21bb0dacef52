import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {ErrorRecord} from '../../src/engine/errors.ts';
import {errorReason, formatError, formatErrorCategoryView, formatErrorNormalView} from '../../src/format/error-view.ts';

const NOT_FOUND =
	"The term 'nonsenseString' is not recognized as a name of a cmdlet, function, script file, or executable program.\n" +
	'Check the spelling of the name, or if a path was included, verify that the path is correct and try again.';

function at(source: string, text: string, init: Partial<ConstructorParameters<typeof ErrorRecord>[0]> = {}, file?: string): ErrorRecord {
	const start = source.indexOf(text);
	return new ErrorRecord({message: 'boom', ...init, position: {source, extent: {start, end: start + text.length}, file}});
}

describe('concise view, one line', () => {
	it('prefixes the command name', () => {
		const record = new ErrorRecord({message: "Cannot find a component named 'SMS_X'.", commandName: 'Get-Component', category: 'ObjectNotFound'});
		assert.deepEqual(formatError(record, 'prompt', false), ["Get-Component: Cannot find a component named 'SMS_X'."]);
	});

	it('falls back to the exception type, or a telling category', () => {
		assert.deepEqual(formatError(new ErrorRecord({message: 'boom'}), 'prompt', false), ['RuntimeException: boom']);
		assert.equal(errorReason(new ErrorRecord({message: 'x', category: 'InvalidOperation'})), 'InvalidOperation');
		assert.equal(errorReason(new ErrorRecord({message: 'x', category: 'OperationStopped', exceptionType: 'RuntimeException'})), 'RuntimeException');
	});

	it('names the command that was not found', () => {
		const record = new ErrorRecord({message: NOT_FOUND, category: 'ObjectNotFound', exceptionType: 'CommandNotFoundException', target: 'Get-Foo'});
		assert.equal(errorReason(record), 'Get-Foo');
	});

	it('uses the one-line form in a script when the record has no position', () => {
		assert.deepEqual(formatError(new ErrorRecord({message: 'boom'}), 'script', false), ['RuntimeException: boom']);
	});

	it('is bold red with colour', () => {
		assert.deepEqual(formatError(new ErrorRecord({message: 'boom'}), 'prompt', true), ['\x1b[31;1mRuntimeException: boom\x1b[0m']);
	});

	it('keeps a one-line error on the first line of prompt input unframed', () => {
		const record = at('Get-Nothing', 'Get-Nothing', {commandName: 'Get-Nothing'});
		assert.deepEqual(formatError(record, 'prompt', false), ['Get-Nothing: boom']);
	});
});

describe('concise view, framed', () => {
	it('frames an error in a script with the line, tildes and message lines', () => {
		const source = "Get-ScpStatus\n$x = 1\n    nonsenseString\n'after'";
		const record = at(source, 'nonsenseString', {message: NOT_FOUND, commandName: 'nonsenseString', category: 'ObjectNotFound'});
		assert.deepEqual(formatError(record, 'script', false), [
			'nonsenseString:',
			'Line |',
			'   3 |      nonsenseString',
			'     |      ~~~~~~~~~~~~~~',
			"     | The term 'nonsenseString' is not recognized as a name of a cmdlet, function, script file, or executable program.",
			'     | Check the spelling of the name, or if a path was included, verify that the path is correct and try again.',
		]);
	});

	it('frames parse errors even at the prompt', () => {
		const record = at('[ordered]$orderedHash = @{}', '[ordered]', {
			message: 'The ordered attribute can be specified only on a hash literal node.',
			category: 'ParserError',
			exceptionType: 'ParseException',
		});
		assert.deepEqual(formatError(record, 'prompt', false), [
			'ParserError:',
			'Line |',
			'   1 |  [ordered]$orderedHash = @{}',
			'     |  ~~~~~~~~~',
			'     | The ordered attribute can be specified only on a hash literal node.',
		]);
	});

	it('frames an error past the first line of prompt input', () => {
		const record = at('$a = 1\nthrow $a', 'throw $a');
		assert.equal(formatError(record, 'prompt', false)[2], '   2 |  throw $a');
	});

	it('names the script file and line in the header', () => {
		const record = at('Get-Foo -Bad', 'Get-Foo -Bad', {commandName: 'Get-Foo'}, '/scripts/check.ps1');
		assert.deepEqual(formatError(record, 'script', false).slice(0, 2), ['Get-Foo: /scripts/check.ps1:1', 'Line |']);
	});

	it('underlines to the end of the line when the extent runs on', () => {
		const source = 'if ($x) {\n  1\n}';
		const record = new ErrorRecord({message: 'm', category: 'ParserError', position: {source, extent: {start: 8, end: source.length}}});
		assert.equal(formatError(record, 'script', false)[3], '     |          ~');
	});

	it('widens the gutter for line numbers past four digits', () => {
		const source = '\n'.repeat(12344) + 'oops';
		const record = at(source, 'oops');
		assert.deepEqual(formatError(record, 'script', false).slice(1, 5), [' Line |', '12345 |  oops', '      |  ~~~~', '      | boom']);
	});

	it('accents the frame cyan and the message red with colour', () => {
		const record = at('x; oops', 'oops');
		const lines = formatError(record, 'script', true);
		assert.equal(lines[0], '\x1b[31;1mRuntimeException:\x1b[0m');
		assert.equal(lines[1], '\x1b[36;1mLine |\x1b[0m');
		assert.equal(lines[2], '\x1b[36;1m   1 |\x1b[0m  x; \x1b[36;1moops\x1b[0m');
		assert.equal(lines[4], '\x1b[36;1m     |\x1b[0m \x1b[31;1mboom\x1b[0m');
	});
});

describe('normal and category views', () => {
	it('prints the Windows PowerShell layout', () => {
		const source = 'Get-ChildItem -Path C:\\nofile.txt';
		const record = at(source, source, {
			message: "Cannot find path 'C:\\nofile.txt' because it does not exist.",
			commandName: 'Get-ChildItem',
			category: 'ObjectNotFound',
			target: 'C:\\nofile.txt',
			exceptionType: 'ItemNotFoundException',
			id: 'PathNotFound,Microsoft.PowerShell.Commands.GetChildItemCommand',
		});
		assert.deepEqual(formatErrorNormalView(record, false), [
			"Get-ChildItem : Cannot find path 'C:\\nofile.txt' because it does not exist.",
			'At line:1 char:1',
			'+ Get-ChildItem -Path C:\\nofile.txt',
			'+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
			'    + CategoryInfo          : ObjectNotFound: (C:\\nofile.txt:String) [Get-ChildItem], ItemNotFoundException',
			'    + FullyQualifiedErrorId : PathNotFound,Microsoft.PowerShell.Commands.GetChildItemCommand',
		]);
	});

	it('prints the category line', () => {
		const record = new ErrorRecord({message: 'x', category: 'ObjectNotFound', target: 'X', exceptionType: 'CommandNotFoundException'});
		assert.deepEqual(formatErrorCategoryView(record, false), ['ObjectNotFound: (X:String) [], CommandNotFoundException']);
	});
});
