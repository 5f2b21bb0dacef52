// The evaluator walks the tree recursively, so a tree deeper than it can walk is refused here. Nesting is already
// bounded while parsing; long chains are not (`1+1+...+1` or `$a.b.c...` nest one node per operator).

import type {Ast, Extent} from './ast.ts';

type Node = Ast;

/**
 * The extent of the first node deeper than `limit` (counting nodes from the root), found without recursion.
 * Statements shorter than `limit / 3` characters are skipped: no construct nests more than three nodes per character.
 */
export function findTooDeep(root: Node, limit: number): Extent | undefined {
	const nodes: Node[] = [root];
	const depths: number[] = [1];
	const push = (child: Node | undefined, depth: number): boolean => {
		if (!child) {
			return false;
		}

		if (depth > limit) {
			return true;
		}

		if ((child.extent.end - child.extent.start) * 3 + depth > limit) {
			nodes.push(child);
			depths.push(depth);
		}

		return false;
	};

	while (nodes.length > 0) {
		const node = nodes.pop()!;
		const depth = depths.pop()! + 1;
		for (const child of children(node)) {
			if (push(child, depth)) {
				return child!.extent;
			}
		}
	}

	return undefined;
}

function children(node: Node): (Node | undefined)[] {
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
