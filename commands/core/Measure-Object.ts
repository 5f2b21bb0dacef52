// Measure-Object: counts objects and computes sum, average, minimum, maximum and standard deviation of numbers
// (or lines, words and characters of text).

import type {CmdletContext, CmdletDef} from '../../src/engine/command.ts';
import {collapse} from '../../src/engine/context.ts';
import {CastFailure, toStr, tryConvertTo} from '../../src/engine/convert.ts';
import {compare} from '../../src/engine/operators.ts';
import {PSObject, ScriptBlock, enumerate, keyOf} from '../../src/engine/values.ts';
import {hasWildcard, wildcardMatch} from '../../src/engine/wildcard.ts';
import {hasProperty, propertyNamesOf, propertyValue} from './_members.ts';

const GENERIC = 'GenericMeasure';
const TEXT = 'TextMeasure';
/** The statistics key when measuring the objects themselves (pwsh uses "$_"). */
const SELF = '$_';

interface Stats {
	/** The property as written or resolved; null when measuring the objects themselves. */
	property: string | null;
	count: number;
	sum: number;
	/** Running mean and sum of squared deviations (Welford), for the standard deviation. */
	mean: number;
	m2: number;
	min: unknown;
	max: unknown;
	lines: number;
	words: number;
	characters: number;
}

const newStats = (property: string | null): Stats => ({property, count: 0, sum: 0, mean: 0, m2: 0, min: null, max: null, lines: 0, words: 0, characters: 0});

function asDouble(value: unknown): number | undefined {
	if (typeof value === 'number') return value;
	const n = tryConvertTo(value, 'System.Double');
	return n instanceof CastFailure || typeof n !== 'number' ? undefined : n;
}

/** pwsh keeps the smaller (or larger) value, comparing as numbers when both are numbers and as text otherwise. */
function pick(current: unknown, candidate: unknown, isMin: boolean): unknown {
	if (candidate === null || candidate === undefined) return current;
	if (current === null || current === undefined) return candidate;
	const a = asDouble(candidate);
	const b = asDouble(current);
	const c = a !== undefined && b !== undefined ? a - b : compare(toStr(candidate), toStr(current));
	return (isMin ? c < 0 : c > 0) ? candidate : current;
}

const countWords = (s: string): number => s.split(/\s+/).filter(w => w.length > 0).length;

function countLines(s: string): number {
	if (s === '') return 0;
	const breaks = (s.match(/\n/g) ?? []).length;
	// 'abc\nd' has two lines but 'abc\n' one, as in pwsh.
	return s.endsWith('\n') ? breaks : breaks + 1;
}

function analyze(ctx: CmdletContext, stats: Stats, value: unknown): void {
	const p = ctx.params;
	stats.count++;
	if (ctx.parameterSet === TEXT) {
		const text = value === null || value === undefined ? '' : toStr(value);
		if (p.Character) stats.characters += p.IgnoreWhiteSpace ? text.replace(/\s/g, '').length : text.length;
		if (p.Word) stats.words += countWords(text);
		if (p.Line) stats.lines += countLines(text);
		return;
	}
	const all = p.AllStats === true;
	if (all || p.Sum || p.Average || p.StandardDeviation) {
		const n = asDouble(value);
		if (n === undefined) {
			ctx.state.nonNumeric = true;
			ctx.writeError({
				message: `Input object "${toStr(value)}" is not numeric.`,
				id: 'NonNumericInputObject',
				category: 'InvalidType',
				exceptionType: 'InvalidOperationException',
				target: value,
			});
		} else {
			stats.sum += n;
			const delta = n - stats.mean;
			stats.mean += delta / stats.count;
			stats.m2 += delta * (n - stats.mean);
		}
	}
	if (all || p.Minimum) stats.min = pick(stats.min, value, true);
	if (all || p.Maximum) stats.max = pick(stats.max, value, false);
}

function statsFor(ctx: CmdletContext, key: string | null): Stats {
	const table: Map<string, Stats> = ctx.state.stats;
	const k = key === null ? SELF : keyOf(key);
	let s = table.get(k);
	if (!s) table.set(k, (s = newStats(key)));
	return s;
}

/** The properties of one object that the -Property values name (wildcards expand per object). */
async function measureProperties(ctx: CmdletContext, obj: unknown): Promise<void> {
	const counted = new Set<string>();
	for (const spec of enumerate(ctx.params.Property)) {
		if (spec instanceof ScriptBlock) {
			const name = spec.toString().trim();
			if (counted.has(keyOf(name))) continue;
			counted.add(keyOf(name));
			analyze(ctx, statsFor(ctx, name), collapse(await ctx.invoke(spec, obj)));
			continue;
		}
		const pattern = toStr(spec);
		const names = hasWildcard(pattern)
			? propertyNamesOf(obj).filter(n => wildcardMatch(n, pattern))
			: hasProperty(obj, pattern)
				? [propertyNamesOf(obj).find(n => keyOf(n) === keyOf(pattern)) ?? pattern]
				: [];
		if (names.length === 0) {
			// Remember the name so a property no object has is reported at the end.
			if (!hasWildcard(pattern)) statsFor(ctx, pattern);
			continue;
		}
		for (const name of names) {
			if (counted.has(keyOf(name))) continue;
			counted.add(keyOf(name));
			analyze(ctx, statsFor(ctx, name), propertyValue(obj, name));
		}
	}
}

function nullIfNot<T>(on: boolean, value: T): T | null {
	return on ? value : null;
}

const def: CmdletDef = {
	name: 'Measure-Object',
	aliases: ['measure'],
	synopsis: 'Calculates the numeric properties of objects, and the characters, words, and lines in string objects.',
	description:
		'Measure-Object counts its input objects and, when asked, computes the sum, average, minimum, maximum and ' +
		'standard deviation (-AllStats for all of them) of the objects or of their -Property values. It writes one ' +
		'GenericMeasureInfo object per property, with Count, Average, Sum, Maximum, Minimum, StandardDeviation and ' +
		'Property; statistics not asked for are $null. -Minimum and -Maximum also work on text. With -Line, -Word ' +
		'and -Character it counts the lines, words and characters of text instead (a TextMeasureInfo object). ' +
		'$null input objects are not counted.',
	defaultParameterSet: GENERIC,
	parameters: [
		{
			name: 'Property',
			type: 'object[]',
			position: 0,
			acceptsWildcards: true,
			help: 'The properties to measure: names (wildcards allowed) or script blocks. The default is the objects themselves.',
		},
		{name: 'Sum', type: 'switch', sets: [GENERIC], help: 'Computes the sum of the values.'},
		{name: 'Average', type: 'switch', sets: [GENERIC], help: 'Computes the average of the values.'},
		{name: 'Maximum', type: 'switch', sets: [GENERIC], help: 'Finds the largest value (numbers, or text when the values are not numbers).'},
		{name: 'Minimum', type: 'switch', sets: [GENERIC], help: 'Finds the smallest value (numbers, or text when the values are not numbers).'},
		{name: 'StandardDeviation', type: 'switch', sets: [GENERIC], help: 'Computes the sample standard deviation of the values.'},
		{name: 'AllStats', type: 'switch', sets: [GENERIC], help: 'Computes all of the statistics: sum, average, maximum, minimum and standard deviation.'},
		{name: 'Line', type: 'switch', sets: [TEXT], help: 'Counts the lines of the text.'},
		{name: 'Word', type: 'switch', sets: [TEXT], help: 'Counts the words of the text (runs of non-blank characters).'},
		{name: 'Character', type: 'switch', sets: [TEXT], help: 'Counts the characters of the text.'},
		{name: 'IgnoreWhiteSpace', type: 'switch', sets: [TEXT], help: 'With -Character, leaves blank characters out of the count.'},
		{
			name: 'InputObject',
			type: 'object',
			valueFromPipeline: true,
			help: 'The objects to measure, usually from the pipeline. A collection given with -InputObject is one object.',
		},
	],
	outputs: ['Microsoft.PowerShell.Commands.GenericMeasureInfo', 'Microsoft.PowerShell.Commands.TextMeasureInfo'],
	examples: [
		{
			title: 'Count objects',
			code: "('SMS_EXECUTIVE', 'SMS_DMP_DOWNLOADER', 'SMS_DMP_UPLOADER' | Measure-Object).Count",
			remarks: 'Measure-Object counts the objects piped to it.',
			expect: ['3'],
		},
		{
			title: 'Compute statistics of numbers',
			code: '1..10 | Measure-Object -Sum -Average -Maximum -Minimum',
			remarks: 'Shows the count, sum, average, largest and smallest value.',
			expect: ['Sum', '55', '5.5'],
		},
		{
			title: 'Measure a property',
			code: "$updates = [pscustomobject]@{Name = '2403'; SizeMB = 1200}, [pscustomobject]@{Name = '2409'; SizeMB = 1500}\n($updates | Measure-Object -Property SizeMB -Sum).Sum",
			remarks: 'Sums the SizeMB property of the objects.',
			expect: ['2700'],
		},
		{
			title: 'Count lines, words and characters',
			code: "\"one two`nthree\" | Measure-Object -Line -Word -Character",
			remarks: 'Text statistics of a two-line string.',
			expect: ['Lines', 'Words', 'Characters'],
		},
	],
	related: ['Group-Object', 'Sort-Object'],
	begin(ctx) {
		ctx.state.stats = new Map<string, Stats>();
		ctx.state.total = 0;
	},
	async process(ctx) {
		if (!ctx.hasInput && !ctx.isBound('InputObject')) return;
		const obj = ctx.hasInput ? ctx.input : ctx.params.InputObject;
		if (obj === null || obj === undefined) return;
		ctx.state.total++;
		if (!ctx.isBound('Property')) analyze(ctx, statsFor(ctx, null), obj);
		else await measureProperties(ctx, obj);
	},
	end(ctx) {
		const p = ctx.params;
		const table: Map<string, Stats> = ctx.state.stats;
		// Like wc, measuring nothing still reports zeros.
		if (ctx.state.total === 0 && !ctx.isBound('Property')) statsFor(ctx, null);
		for (const stats of table.values()) {
			if (stats.count === 0 && ctx.isBound('Property')) {
				ctx.writeError({
					message: `The property "${stats.property}" cannot be found in the input for any objects.`,
					id: ctx.parameterSet === TEXT ? 'TextMeasurePropertyNotFound' : 'GenericMeasurePropertyNotFound',
					category: 'InvalidArgument',
					exceptionType: 'PSArgumentException',
				});
				continue;
			}
			if (ctx.parameterSet === TEXT) {
				ctx.write(
					PSObject.from('Microsoft.PowerShell.Commands.TextMeasureInfo', {
						Lines: nullIfNot(p.Line, stats.lines),
						Words: nullIfNot(p.Word, stats.words),
						Characters: nullIfNot(p.Character, stats.characters),
						Property: stats.property,
					}),
				);
				continue;
			}
			const all = p.AllStats === true;
			const numeric = !ctx.state.nonNumeric;
			const minMaxNumeric = [stats.min, stats.max].every(v => v === null || asDouble(v) !== undefined);
			const extreme = (v: unknown): unknown => (v === null ? null : minMaxNumeric ? asDouble(v) : v);
			const info = PSObject.from('Microsoft.PowerShell.Commands.GenericMeasureInfo', {
				Count: stats.count,
				Average: (all || p.Average) && numeric && stats.count > 0 ? stats.sum / stats.count : null,
				Sum: (all || p.Sum) && numeric ? stats.sum : null,
				Maximum: all || p.Maximum ? extreme(stats.max) : null,
				Minimum: all || p.Minimum ? extreme(stats.min) : null,
				StandardDeviation: (all || p.StandardDeviation) && numeric && stats.count > 0 ? (stats.count > 1 ? Math.sqrt(stats.m2 / (stats.count - 1)) : 0) : null,
				Property: stats.property,
			});
			// Text minimums and maximums make pwsh's GenericObjectMeasureInfo; it shows the same way.
			if (!minMaxNumeric) info.typeNames.unshift('Microsoft.PowerShell.Commands.GenericObjectMeasureInfo');
			ctx.write(info);
		}
	},
};

export default def;
