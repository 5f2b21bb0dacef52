// Turns a script block's param() declarations into the same signature a cmdlet has, so one binder serves both.

import type {AttributeAst, ExpressionAst, ParameterAst, ScriptBlockAst} from '../language/ast.ts';
import type {ParameterDef} from './command.ts';
import type {CommandSignature} from './binder.ts';

/** Attribute arguments are constants in practice: numbers, strings, $true/$false, arrays of those. */
function constant(expr: ExpressionAst | undefined): unknown {
	if (!expr) return true;
	switch (expr.kind) {
		case 'NumberConstant':
			return expr.value;
		case 'StringConstant':
			return expr.value;
		case 'Variable': {
			const n = expr.name.toLowerCase();
			if (n === 'true') return true;
			if (n === 'false') return false;
			if (n === 'null') return null;
			return undefined;
		}
		case 'ArrayLiteral':
			return expr.elements.map(constant);
		case 'Paren':
			return expr.statement.kind === 'Pipeline' && expr.statement.elements.length === 1 && expr.statement.elements[0]!.kind === 'CommandExpression'
				? constant(expr.statement.elements[0]!.expression)
				: undefined;
		case 'Unary':
			if (expr.operator === '-' && expr.operand.kind === 'NumberConstant') return -expr.operand.value;
			return undefined;
		default:
			return undefined;
	}
}

const attr = (attrs: AttributeAst[], name: string): AttributeAst | undefined =>
	attrs.find(a => a.name.toLowerCase() === name || a.name.toLowerCase() === `${name}attribute`);

const named = (a: AttributeAst, key: string): unknown => {
	const hit = a.named.find(n => n.name.toLowerCase() === key);
	return hit ? constant(hit.value) : undefined;
};

const truthy = (v: unknown): boolean => v === true || (typeof v === 'number' && v !== 0);

export function isAdvanced(block: ScriptBlockAst, params: ParameterAst[]): boolean {
	if (attr(block.attributes, 'cmdletbinding')) return true;
	return params.some(p => attr(p.attributes, 'parameter') !== undefined);
}

export function signatureOf(name: string, block: ScriptBlockAst, extraParams: ParameterAst[] = []): CommandSignature {
	const params = [...extraParams, ...(block.param?.parameters ?? [])];
	const advanced = isAdvanced(block, params);
	const binding = attr(block.attributes, 'cmdletbinding');
	const positionalBinding = binding ? named(binding, 'positionalbinding') !== false : true;
	const defs: ParameterDef[] = [];
	let nextPosition = 0;
	const explicitPositions = params.some(p => {
		const a = attr(p.attributes, 'parameter');
		return a !== undefined && named(a, 'position') !== undefined;
	});
	for (const p of params) {
		const typeName = p.type?.name;
		const isSwitch = typeName?.toLowerCase() === 'switch' || typeName?.toLowerCase() === 'system.management.automation.switchparameter';
		const def: ParameterDef = {
			name: p.name,
			type: isSwitch ? 'switch' : 'object',
			typeName: isSwitch || !typeName ? undefined : typeName,
			help: '',
		};
		const pa = attr(p.attributes, 'parameter');
		if (pa) {
			if (truthy(named(pa, 'mandatory'))) def.mandatory = true;
			const pos = named(pa, 'position');
			if (typeof pos === 'number') def.position = pos;
			if (truthy(named(pa, 'valuefrompipeline'))) def.valueFromPipeline = true;
			if (truthy(named(pa, 'valuefrompipelinebypropertyname'))) def.valueFromPipelineByPropertyName = true;
			const set = named(pa, 'parametersetname');
			if (typeof set === 'string') def.sets = [set];
			const help = named(pa, 'helpmessage');
			if (typeof help === 'string') def.help = help;
		}
		// Without explicit positions, parameters are positional in declaration order (switches never are).
		if (def.position === undefined && !isSwitch && positionalBinding && !explicitPositions) def.position = nextPosition++;
		const vs = attr(p.attributes, 'validateset');
		if (vs) def.validateSet = vs.positional.map(e => String(constant(e)));
		const vr = attr(p.attributes, 'validaterange');
		if (vr && vr.positional.length === 2) {
			const [lo, hi] = vr.positional.map(e => Number(constant(e)));
			def.validateRange = [lo!, hi!];
		}
		if (attr(p.attributes, 'validatenotnullorempty') || attr(p.attributes, 'validatenotnull')) def.notNullOrEmpty = true;
		const al = attr(p.attributes, 'alias');
		if (al) def.aliases = al.positional.flatMap(e => {
			const v = constant(e);
			return Array.isArray(v) ? v.map(String) : [String(v)];
		});
		defs.push(def);
	}
	const defaultSet = binding ? named(binding, 'defaultparametersetname') : undefined;
	return {
		commandName: name,
		parameters: defs,
		defaultSet: typeof defaultSet === 'string' ? defaultSet : undefined,
		supportsShouldProcess: binding ? truthy(named(binding, 'supportsshouldprocess')) : false,
		advanced,
		collectExtraArgs: !advanced,
		isScript: true,
	};
}
