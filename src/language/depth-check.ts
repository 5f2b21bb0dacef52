// The evaluator (and anything else that walks the tree recursively) must not meet a tree deeper than it can walk.
// Nesting is bounded while parsing; long chains are not (`1+1+...+1`, `$a.b.c...`, `[int][int]...$x` nest one
// node per operator), so the finished tree is measured here, without recursion.

import type {Ast, Extent, ScriptBlockAst} from './ast.ts';
import {errorStatement} from './nodes.ts';

/**
 * Replace every top-level statement (or the param block) holding a node deeper than `limit` by an error
 * placeholder, so the tree handed out is always shallow enough to walk. Returns the extent of the first deep node.
 */
export function pruneTooDeep(script: ScriptBlockAst, limit: number): Extent | undefined {
	let first: Extent | undefined;
	const note = (extent: Extent | undefined): boolean => {
		first ??= extent;
		return extent !== undefined;
	};

	if (script.attributes.some(attribute => note(findTooDeep(attribute, limit)))) {
		script.attributes = [];
	}

	if (script.param && note(findTooDeep(script.param, limit))) {
		delete script.param;
	}

	for (const block of [script.begin, script.process, script.end]) {
		if (!block) {
			continue;
		}

		const {statements} = block;
		for (let i = 0; i < statements.length; i++) {
			const statement = statements[i]!;
			if (mayBeTooDeep(statement, 3, limit) && note(findTooDeep(statement, limit))) {
				statements[i] = errorStatement(statement.extent.start, statement.extent.end);
			}
		}

		if (block.traps?.some(trap => note(findTooDeep(trap, limit)))) {
			block.traps = block.traps.filter(trap => !findTooDeep(trap, limit));
		}
	}

	return first;
}

/**
 * The extent of the first node deeper than `limit` (counting nodes from the script, `root` being a statement at
 * depth 3). Nodes spanning fewer than `limit / 6` characters are not entered: no construct, even unclosed, nests
 * more than five nodes per character (`{{{{` is a script block expression, block, statement block, pipeline and
 * command expression per brace).
 */
export function findTooDeep(root: Ast, limit: number): Extent | undefined {
	const nodes: Ast[] = [root];
	const depths: number[] = [3];
	while (nodes.length > 0) {
		const node = nodes.pop()!;
		const depth = depths.pop()!;
		if (depth > limit) {
			return node.extent;
		}

		for (const child of children(node)) {
			if (child && mayBeTooDeep(child, depth + 1, limit)) {
				nodes.push(child);
				depths.push(depth + 1);
			}
		}
	}

	return undefined;
}

/** Whether a node at `depth` spans enough text to hold a subtree reaching past `limit`. */
function mayBeTooDeep(node: Ast, depth: number, limit: number): boolean {
	return (node.extent.end - node.extent.start) * 6 + depth > limit;
}

function children(node: Ast): (Ast | undefined)[] {
	switch (node.kind) {
		case 'ScriptBlock':
			return [...node.attributes, node.param, node.begin, node.process, node.end];
		case 'ParamBlock':
			return node.parameters;
		case 'Parameter':
			return [...node.attributes, node.default];
		case 'Attribute':
			return [...node.positional, ...node.named.map(named => named.value)];
		case 'StatementBlock':
			return node.traps ? [...node.traps, ...node.statements] : node.statements;
		case 'Trap':
			return [node.body];
		case 'Pipeline':
			return node.elements;
		case 'PipelineChain':
			return [node.left, node.right];
		case 'Assignment':
			return [node.target, node.value];
		case 'If':
			return [...node.clauses.flatMap(clause => [clause.condition, clause.body]), node.else];
		case 'While':
		case 'DoLoop':
			return [node.condition, node.body];
		case 'For':
			return [node.init, node.condition, node.iterator, node.body];
		case 'Foreach':
			return [node.variable, node.iterable, node.body];
		case 'Switch':
			return [node.value, ...node.clauses.flatMap(clause => [clause.pattern, clause.body]), node.default];
		case 'Try':
			return [node.body, ...node.catches, node.finally];
		case 'CatchClause':
			return [node.body];
		case 'Throw':
		case 'Return':
		case 'Exit':
			return [node.value];
		case 'FunctionDefinition':
			return [...node.parameters, node.body];
		case 'Command':
			return [node.name, ...node.elements, ...node.redirections];
		case 'CommandParameter':
			return [node.argument];
		case 'Redirection':
			return node.target.kind === 'Stream' ? [] : [node.target];
		case 'CommandExpression':
			return [node.expression, ...node.redirections];
		case 'ExpandableString':
			return node.parts.filter(part => typeof part !== 'string');
		case 'Binary':
			return [node.left, node.right];
		case 'Unary':
		case 'Convert':
			return [node.operand];
		case 'Index':
			return [node.target, node.index];
		case 'Member':
			return typeof node.member === 'string' ? [node.target] : [node.target, node.member];
		case 'InvokeMember':
			return typeof node.member === 'string' ? [node.target, ...node.arguments] : [node.target, node.member, ...node.arguments];
		case 'ArrayLiteral':
			return node.elements;
		case 'ArrayExpression':
		case 'SubExpression':
			return node.statements;
		case 'Paren':
			return [node.statement];
		case 'Hashtable':
			return node.entries.flatMap(entry => [entry.key, entry.value]);
		case 'ScriptBlockExpression':
			return [node.block];
		case 'Ternary':
			return [node.condition, node.then, node.else];
		default:
			return [];
	}
}
