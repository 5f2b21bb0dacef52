// `function Name [(params)] { … }` and `filter Name { … }` (FunctionDeclarationRule in pwsh's Parser.cs).

import type {FunctionDefinitionAst, ParameterAst, StatementAst} from './ast.ts';
import {errorStatement} from './nodes.ts';
import type {ParseContext} from './parser-context.ts';
import {parseParameterList, parseScriptBlock} from './parse-script.ts';
import type {Token} from './tokens.ts';

const notFunctionNames = new Set<string>([
	'|',
	'(',
	'{',
	'@(',
	'@{',
	'}',
	')',
	'EndOfInput',
	';',
	'Redirection',
	'<',
	'&&',
	'||',
	'&',
	'Variable',
	'SplattedVariable',
	'StringLiteral',
	'StringExpandable',
]);

export function parseFunction(p: ParseContext, functionToken: Token): StatementAst {
	p.skipNewlines();
	const nameToken = p.peek('command');
	if (notFunctionNames.has(nameToken.kind)) {
		p.incomplete('MissingNameAfterKeyword', functionToken.end, functionToken.end, [p.text(functionToken)], nameToken.start);
		return errorStatement(functionToken.start, functionToken.end);
	}

	p.take(nameToken, 'Command');
	const name = nameToken.kind === 'Generic' ? nameToken.value : p.text(nameToken);
	let end = nameToken.end;
	p.skipNewlines();
	let parameters: ParameterAst[] = [];
	const open = p.peek('command');
	if (open.kind === '(') {
		p.take(open);
		parameters = parseParameterList(p);
		p.skipNewlines();
		const close = p.peek('command');
		end = parameters.length > 0 ? parameters[parameters.length - 1]!.extent.end : open.end;
		if (close.kind !== ')') {
			p.incomplete('MissingEndParenthesisInFunctionParameterList', end, end, [], close.start);
			return errorStatement(functionToken.start, end);
		}

		p.take(close);
		end = close.end;
		p.skipNewlines();
	}

	const brace = p.peek('command');
	if (brace.kind !== '{') {
		p.incomplete('MissingFunctionBody', end, end, [], brace.start);
		return errorStatement(functionToken.start, end);
	}

	p.take(brace);
	const isFilter = functionToken.value === 'filter';
	const body = parseScriptBlock(p, brace, isFilter);
	if (parameters.length > 0 && body.param) {
		p.error('OnlyOneParameterListAllowed', body.param.extent.start, body.param.extent.end);
	}

	return {
		kind: 'FunctionDefinition',
		extent: {start: functionToken.start, end: body.extent.end},
		name,
		isFilter,
		parameters,
		body,
	} satisfies FunctionDefinitionAst;
}

