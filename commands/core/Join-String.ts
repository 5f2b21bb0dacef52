// Join-String: combines pipeline objects (or one property of each) into a single string.

import type {CmdletContext, CmdletDef} from '../../src/engine/command.ts';
import {collapse} from '../../src/engine/context.ts';
import {toStr} from '../../src/engine/convert.ts';
import {PSError} from '../../src/engine/errors.ts';
import {formatComposite} from '../../src/engine/format-string.ts';
import {ScriptBlock, enumerate, isNull} from '../../src/engine/values.ts';
import {propertyValue} from './_members.ts';

async function textOf(ctx: CmdletContext, obj: unknown): Promise<string> {
	const property = ctx.params.Property;
	let value = obj;
	if (property instanceof ScriptBlock) value = collapse(await ctx.invoke(property, obj));
	else if (!isNull(property)) value = propertyValue(obj, toStr(property));
	const p = ctx.params;
	if (p.FormatString) {
		try {
			return formatComposite(p.FormatString, [value]);
		} catch (e) {
			if (!(e instanceof PSError)) throw e;
			ctx.fail(e.record);
		}
	}
	const text = toStr(value);
	if (p.SingleQuote) return `'${text}'`;
	if (p.DoubleQuote) return `"${text}"`;
	return text;
}

const def: CmdletDef = {
	name: 'Join-String',
	synopsis: 'Combines objects from the pipeline into a single string.',
	description:
		'Join-String turns each input object (or the value of -Property, a property name or a script block) into text ' +
		'and joins the pieces into one string, with -Separator between them ($OFS, a space, by default). ' +
		'-SingleQuote or -DoubleQuote quote each piece, -FormatString formats it (`{0:N2}`), and -OutputPrefix and ' +
		'-OutputSuffix wrap the result.',
	parameters: [
		{
			name: 'Property',
			type: 'object',
			position: 0,
			help: 'The property whose values are joined, or a script block computed from each object ($_).',
		},
		{
			name: 'Separator',
			type: 'string',
			position: 1,
			help: 'The text between the pieces. The default is $OFS (a space).',
		},
		{
			name: 'OutputPrefix',
			type: 'string',
			aliases: ['op'],
			help: 'Text put before the joined string.',
		},
		{
			name: 'OutputSuffix',
			type: 'string',
			aliases: ['os'],
			help: 'Text put after the joined string.',
		},
		{
			name: 'SingleQuote',
			type: 'switch',
			help: 'Wraps each piece in single quotes.',
		},
		{
			name: 'DoubleQuote',
			type: 'switch',
			help: 'Wraps each piece in double quotes.',
		},
		{
			name: 'FormatString',
			type: 'string',
			help: 'A format string applied to each piece, such as `{0:N2}` or `[{0}]`.',
		},
		{
			name: 'UseCulture',
			type: 'switch',
			help: "Uses the culture's list separator as the default separator. Accepted for compatibility; scpsh uses $OFS.",
		},
		{
			name: 'InputObject',
			type: 'object[]',
			valueFromPipeline: true,
			help: 'The objects to join, usually from the pipeline.',
		},
	],
	outputs: ['System.String'],
	examples: [
		{
			title: 'Join with a separator',
			code: "'SMS_DMP_DOWNLOADER', 'SMS_DMP_UPLOADER' | Join-String -Separator ', '",
			remarks: 'The strings become one, separated by a comma and a space.',
			expect: ['SMS_DMP_DOWNLOADER, SMS_DMP_UPLOADER'],
		},
		{
			title: 'Join a property, quoted',
			code: "[pscustomobject]@{SiteCode = 'PS1'}, [pscustomobject]@{SiteCode = 'CAS'} | Join-String -Property SiteCode -DoubleQuote -Separator ','",
			remarks: 'The SiteCode of each object, in double quotes.',
			expect: ['"PS1","CAS"'],
		},
		{
			title: 'Format each piece and wrap the result',
			code: "1, 2.5 | Join-String -FormatString '{0:N2}' -Separator ' | ' -OutputPrefix 'Sizes: '",
			remarks: 'Each number is formatted with two decimals; the prefix goes in front.',
			expect: ['Sizes: 1.00 | 2.50'],
		},
	],
	related: ['ForEach-Object', 'Out-String'],
	begin(ctx) {
		// pwsh puts these in separate parameter sets; the binder needs a parameter of its own for a default set, so
		// the exclusion is checked here.
		const styles = ['SingleQuote', 'DoubleQuote', 'FormatString'].filter(n => ctx.isBound(n) && ctx.params[n] !== false);
		if (styles.length > 1) {
			ctx.fail({
				message: `Parameter set cannot be resolved using the specified named parameters: -${styles.join(' and -')} cannot be used together.`,
				id: 'AmbiguousParameterSet',
				category: 'InvalidArgument',
				exceptionType: 'ParameterBindingException',
			});
		}
		ctx.state.pieces = [];
	},
	async process(ctx) {
		const objects = ctx.hasInput ? [ctx.input] : ctx.isBound('InputObject') ? enumerate(ctx.params.InputObject) : [];
		for (const obj of objects) (ctx.state.pieces as string[]).push(await textOf(ctx, obj));
	},
	end(ctx) {
		const p = ctx.params;
		const ofs = ctx.session.getVariable('OFS');
		const separator: string = ctx.isBound('Separator') ? (p.Separator ?? '') : isNull(ofs) ? ' ' : toStr(ofs);
		ctx.write(`${p.OutputPrefix ?? ''}${(ctx.state.pieces as string[]).join(separator)}${p.OutputSuffix ?? ''}`);
	},
};

export default def;
