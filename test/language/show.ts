// A compact, readable rendering of syntax trees for assertions: `1 + 2 * 3` shows as `(+ 1 (* 2 3))`.

import type {
	Ast,
	CommandElementAst,
	ExpressionAst,
	ParameterAst,
	RedirectionAst,
	ScriptBlockAst,
	StatementAst,
	StatementBlockAst,
	TrapAst,
} from '../../src/language/ast.ts';
import {parse} from '../../src/language/parser.ts';

/** Parse `source` (which must parse without errors) and show its statements, `;`-separated. */
export function show(source: string): string {
	const {ast, errors} = parse(source);
	if (errors.length > 0) {
		throw new Error(`unexpected parse errors in ${JSON.stringify(source)}: ${errors.map(error => `${error.id} ${error.message}`).join('; ')}`);
	}

	return showBody(ast);
}

/** Parse `source` and show it whatever the errors. */
export function showAny(source: string): string {
	return showBody(parse(source).ast);
}

function showBody(block: ScriptBlockAst): string {
	const parts: string[] = [];
	if (block.attributes.length > 0) {
		parts.push(block.attributes.map(node).join(' '));
	}

	if (block.param) {
		parts.push(`(param ${block.param.parameters.map(parameter).join(' ')})`.replace(' )', ')'));
	}

	for (const name of ['begin', 'process', 'end'] as const) {
		const named = block[name];
		if (!named) {
			continue;
		}

		const isUnnamed = name === 'end' && !block.begin && !block.process;
		parts.push(isUnnamed ? statements(named) : `${name} ${statementBlock(named)}`);
	}

	return parts.filter(part => part.length > 0).join('; ');
}

function statements(block: StatementBlockAst): string {
	const shown = block.statements.map(node);
	if (block.traps) {
		shown.unshift(...block.traps.map(node));
	}

	return shown.join('; ');
}

function statementBlock(block: StatementBlockAst): string {
	return `{${statements(block)}}`;
}

function parameter(param: ParameterAst): string {
	const attributes = param.attributes.map(node).join('');
	const type = param.type ? `[${param.type.name}]` : '';
	const value = param.default ? `=${node(param.default)}` : '';
	return `${attributes}${type}$${param.name}${value}`;
}

function redirection(r: RedirectionAst): string {
	const target = 'kind' in r.target && r.target.kind === 'Stream' ? `&${r.target.stream}` : ` ${node(r.target as ExpressionAst)}`;
	return `${r.from}>${r.append ? '>' : ''}${target}`;
}

function element(e: CommandElementAst): string {
	if (e.kind === 'CommandParameter') {
		return e.argument ? `-${e.name}:${node(e.argument)}` : `-${e.name}`;
	}

	return node(e);
}

export function node(n: Ast | TrapAst | StatementAst | ExpressionAst): string {
	switch (n.kind) {
		case 'ScriptBlock':
			return `{${showBody(n)}}`;
		case 'ParamBlock':
			return `(param ${n.parameters.map(parameter).join(' ')})`;
		case 'Parameter':
			return parameter(n);
		case 'TypeName':
			return `[${n.name}]`;
		case 'Attribute': {
			const args = [...n.positional.map(node), ...n.named.map(named => (named.value ? `${named.name}=${node(named.value)}` : named.name))];
			return `[${n.name}(${args.join(',')})]`;
		}

		case 'StatementBlock':
			return statementBlock(n);
		case 'Pipeline':
			return n.elements.length === 1 ? node(n.elements[0]!) : `(| ${n.elements.map(node).join(' ')})`;
		case 'PipelineChain':
			return `(${n.operator} ${node(n.left)} ${node(n.right)})`;
		case 'Assignment':
			return `(${n.operator} ${node(n.target)} ${node(n.value)})`;
		case 'If':
			return `(if ${n.clauses.map(clause => `${node(clause.condition)} ${statementBlock(clause.body)}`).join(' elseif ')}${n.else ? ` else ${statementBlock(n.else)}` : ''})`;
		case 'While':
			return `(${n.label ? `:${n.label} ` : ''}while ${node(n.condition)} ${statementBlock(n.body)})`;
		case 'DoLoop':
			return `(${n.label ? `:${n.label} ` : ''}do ${statementBlock(n.body)} ${n.until ? 'until' : 'while'} ${node(n.condition)})`;
		case 'For':
			return `(${n.label ? `:${n.label} ` : ''}for ${n.init ? node(n.init) : '_'} ${n.condition ? node(n.condition) : '_'} ${n.iterator ? node(n.iterator) : '_'} ${statementBlock(n.body)})`;
		case 'Foreach':
			return `(${n.label ? `:${n.label} ` : ''}foreach ${node(n.variable)} ${node(n.iterable)} ${statementBlock(n.body)})`;
		case 'Switch': {
			const flags = Object.entries(n.flags).filter(([, on]) => on).map(([flag]) => ` -${flag}`).join('');
			const clauses = n.clauses.map(clause => ` ${node(clause.pattern)} ${statementBlock(clause.body)}`).join('');
			return `(${n.label ? `:${n.label} ` : ''}switch${flags} ${node(n.value)}${clauses}${n.default ? ` default ${statementBlock(n.default)}` : ''})`;
		}

		case 'Try':
			return `(try ${statementBlock(n.body)}${n.catches.map(c => ` ${node(c)}`).join('')}${n.finally ? ` finally ${statementBlock(n.finally)}` : ''})`;
		case 'CatchClause':
			return `catch${n.types.map(type => ` [${type.name}]`).join(',')} ${statementBlock(n.body)}`;
		case 'Trap':
			return `(trap${n.type ? ` [${n.type.name}]` : ''} ${statementBlock(n.body)})`;
		case 'Throw':
		case 'Return':
		case 'Exit':
			return n.value ? `(${n.kind.toLowerCase()} ${node(n.value)})` : `(${n.kind.toLowerCase()})`;
		case 'Break':
		case 'Continue':
			return n.label ? `(${n.kind.toLowerCase()} ${n.label})` : `(${n.kind.toLowerCase()})`;
		case 'FunctionDefinition':
			return `(${n.isFilter ? 'filter' : 'function'} ${n.name}${n.parameters.length > 0 ? ` (${n.parameters.map(parameter).join(' ')})` : ''} ${node(n.body)})`;
		case 'Command': {
			const head = n.invocation ? `${n.invocation} ${node(n.name)}` : node(n.name);
			const rest = [...n.elements.map(element), ...n.redirections.map(redirection)];
			return `(cmd ${head}${rest.map(item => ` ${item}`).join('')})`;
		}

		case 'CommandParameter':
			return element(n);
		case 'Redirection':
			return redirection(n);
		case 'CommandExpression':
			return n.redirections.length > 0 ? `(${node(n.expression)} ${n.redirections.map(redirection).join(' ')})` : node(n.expression);
		case 'NumberConstant':
			return `${n.value}${n.isDouble && Number.isInteger(n.value) ? '.0' : ''}${n.isLong ? 'L' : ''}`;
		case 'StringConstant': {
			const here = n.hereString ? '@' : '';
			return n.quote === 'bare' ? n.value : n.quote === 'single' ? `${here}'${n.value}'` : `${here}"${n.value}"`;
		}

		case 'ExpandableString':
			return `(${n.quote === 'bare' ? 'word' : 'expand'} ${n.parts.map(part => (typeof part === 'string' ? JSON.stringify(part) : node(part))).join(' ')})`;
		case 'Variable':
			return `${n.splatted ? '@' : '$'}${n.scope ? `${n.scope}:` : ''}${n.name}`;
		case 'Binary':
			return `(${n.operator} ${node(n.left)} ${node(n.right)})`;
		case 'Unary':
			return `(${n.operator} ${node(n.operand)})`;
		case 'Convert':
			return `([${n.type.name}] ${node(n.operand)})`;
		case 'TypeLiteral':
			return `[${n.type.name}]`;
		case 'Index':
			return `(${n.nullConditional ? '?[]' : '[]'} ${node(n.target)} ${node(n.index)})`;
		case 'Member': {
			const op = n.static ? '::' : n.nullConditional ? '?.' : '.';
			return `(${op} ${node(n.target)} ${typeof n.member === 'string' ? n.member : node(n.member)})`;
		}

		case 'InvokeMember': {
			const op = n.static ? '::' : n.nullConditional ? '?.' : '.';
			const member = typeof n.member === 'string' ? n.member : node(n.member);
			return `(${op}call ${node(n.target)} ${member}${n.arguments.map(arg => ` ${node(arg)}`).join('')})`;
		}

		case 'ArrayLiteral':
			return `(array ${n.elements.map(node).join(' ')})`;
		case 'ArrayExpression':
			return `(@ ${n.statements.map(node).join('; ')})`;
		case 'SubExpression':
			return `($ ${n.statements.map(node).join('; ')})`;
		case 'Paren':
			return `(paren ${node(n.statement)})`;
		case 'Hashtable':
			return `(hash${n.entries.map(entry => ` ${node(entry.key)}=${node(entry.value)}`).join('')})`;
		case 'ScriptBlockExpression':
			return node(n.block);
		case 'Ternary':
			return `(? ${node(n.condition)} ${node(n.then)} ${node(n.else)})`;
		case 'ErrorExpression':
			return '<error>';
		default:
			return `<${(n as {kind: string}).kind}>`;
	}
}
