// The properties of error records (`$_.Exception`, `$_.CategoryInfo`, `$_.InvocationInfo` …).

import type {ErrorRecord} from '../errors.ts';
import {toStr} from '../convert.ts';
import {dotNetObject, getType} from '../types.ts';
import {exceptionOf} from './exceptions.ts';
import {property, type MemberInfo} from './catalog.ts';

/** The properties errorRecordMember reads, as Get-Member lists them. */
export const ERROR_RECORD_PROPERTIES: readonly MemberInfo[] = [
	property('CategoryInfo', 'System.Management.Automation.ErrorCategoryInfo CategoryInfo {get;}'),
	property('ErrorDetails', 'System.Management.Automation.ErrorDetails ErrorDetails {get;set;}'),
	property('Exception', 'System.Exception Exception {get;}'),
	property('FullyQualifiedErrorId', 'string FullyQualifiedErrorId {get;}'),
	property('InvocationInfo', 'System.Management.Automation.InvocationInfo InvocationInfo {get;}'),
	property('PipelineIterationInfo', 'System.Collections.ObjectModel.ReadOnlyCollection[int] PipelineIterationInfo {get;}'),
	property('ScriptStackTrace', 'string ScriptStackTrace {get;}'),
	property('TargetObject', 'System.Object TargetObject {get;}'),
];

function positionOf(record: ErrorRecord): {line: number; column: number; text: string} {
	const position = record.position;
	if (!position) return {line: 0, column: 0, text: ''};
	const before = position.source.slice(0, position.extent.start);
	const lineStart = before.lastIndexOf('\n') + 1;
	const lineEnd = position.source.indexOf('\n', position.extent.start);
	return {
		line: before.split('\n').length,
		column: position.extent.start - lineStart + 1,
		text: position.source.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).replace(/\r$/, ''),
	};
}

export function errorRecordMember(record: ErrorRecord, key: string): unknown {
	switch (key) {
		case 'exception':
			return exceptionOf(record);
		case 'fullyqualifiederrorid':
			return record.fullyQualifiedErrorId;
		case 'targetobject':
			return record.targetObject;
		case 'categoryinfo': {
			const target = record.targetObject;
			return dotNetObject(
				'System.Management.Automation.ErrorCategoryInfo',
				{
					Category: record.category,
					Activity: record.commandName ?? '',
					Reason: record.exceptionType,
					TargetName: toStr(target),
					TargetType: target === null ? '' : getType(target).name,
				},
				() => record.categoryInfo,
			);
		}
		case 'invocationinfo': {
			const {line, column, text} = positionOf(record);
			return dotNetObject('System.Management.Automation.InvocationInfo', {
				MyCommand: record.commandName ?? null,
				InvocationName: record.commandName ?? '',
				ScriptName: record.position?.file ?? '',
				ScriptLineNumber: line,
				OffsetInLine: column,
				Line: text,
				PositionMessage: line ? `At ${record.position?.file ?? 'line'}:${line} char:${column}\n+ ${text}` : '',
			});
		}
		case 'scriptstacktrace':
			return '';
		case 'errordetails':
			return record.recommendedAction ? dotNetObject('System.Management.Automation.ErrorDetails', {Message: record.message, RecommendedAction: record.recommendedAction}, () => record.message) : null;
		case 'pipelineiterationinfo':
			return [];
	}
	return null;
}
