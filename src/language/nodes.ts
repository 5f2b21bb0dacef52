// Small constructors for nodes the parser builds in many places (error placeholders, spans).

import type {ErrorExpressionAst, Extent, PipelineAst, StringConstantAst} from './ast.ts';

export function span(start: {extent: Extent} | Extent, end: {extent: Extent} | Extent): Extent {
	const from = 'extent' in start ? start.extent : start;
	const to = 'extent' in end ? end.extent : end;
	return {start: from.start, end: Math.max(from.start, to.end)};
}

export function errorExpression(start: number, end: number): ErrorExpressionAst {
	return {kind: 'ErrorExpression', extent: {start, end}};
}

/** Stands for a statement the parser could not make sense of (the script has errors and will not run). */
export function errorStatement(start: number, end: number): PipelineAst {
	const extent = {start, end};
	return {
		kind: 'Pipeline',
		extent,
		elements: [{kind: 'CommandExpression', extent, expression: errorExpression(start, end), redirections: []}],
	};
}

export function bareWord(value: string, start: number, end: number): StringConstantAst {
	return {kind: 'StringConstant', extent: {start, end}, value, quote: 'bare'};
}
