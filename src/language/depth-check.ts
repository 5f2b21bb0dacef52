// The evaluator walks the tree recursively, so a tree deeper than it can walk is refused here. Nesting is already
// bounded while parsing; long chains are not (`1+1+...+1` or `$a.b.c...` nest one node per operator).

import type {Extent} from './ast.ts';

/** The extent of the first node deeper than `limit` (counting nodes from the root), found without recursion. */
export function findTooDeep(root: object, limit: number): Extent | undefined {
	const stack: [object, number][] = [[root, 1]];
	while (stack.length > 0) {
		const [node, depth] = stack.pop()!;
		for (const key in node) {
			if (key === 'extent' || key === 'operatorExtent') {
				continue;
			}

			const value = (node as Record<string, unknown>)[key];
			if (Array.isArray(value)) {
				for (const item of value) {
					if (item !== null && typeof item === 'object') {
						const found = visit(item as object, depth);
						if (found) {
							return found;
						}
					}
				}
			} else if (value !== null && typeof value === 'object') {
				const found = visit(value, depth);
				if (found) {
					return found;
				}
			}
		}
	}

	function visit(child: object, depth: number): Extent | undefined {
		// Clause and entry records (`{condition, body}`) are not nodes of their own.
		const childDepth = 'kind' in child ? depth + 1 : depth;
		if (childDepth > limit) {
			return (child as {extent?: Extent}).extent ?? {start: 0, end: 0};
		}

		stack.push([child, childDepth]);
		return undefined;
	}

	return undefined;
}
