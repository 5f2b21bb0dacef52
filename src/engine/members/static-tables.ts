// Tables of static members: the limits of the integer types, and the names of the enums scripts use.

import {DAY_NAMES} from '../dates.ts';

export {INTEGER_LIMITS} from '../convert.ts';

export const ENUMS: Record<string, string[]> = {
	'System.StringComparison': ['CurrentCulture', 'CurrentCultureIgnoreCase', 'InvariantCulture', 'InvariantCultureIgnoreCase', 'Ordinal', 'OrdinalIgnoreCase'],
	'System.MidpointRounding': ['ToEven', 'AwayFromZero', 'ToZero', 'ToNegativeInfinity', 'ToPositiveInfinity'],
	'System.DayOfWeek': DAY_NAMES,
	'System.DateTimeKind': ['Unspecified', 'Utc', 'Local'],
	'System.Management.Automation.ActionPreference': ['SilentlyContinue', 'Stop', 'Continue', 'Inquire', 'Ignore', 'Suspend', 'Break'],
	'System.Management.Automation.ErrorCategory': [
		'NotSpecified', 'OpenError', 'CloseError', 'DeviceError', 'DeadlockDetected', 'InvalidArgument', 'InvalidData', 'InvalidOperation',
		'InvalidResult', 'InvalidType', 'MetadataError', 'NotImplemented', 'NotInstalled', 'ObjectNotFound', 'OperationStopped',
		'OperationTimeout', 'SyntaxError', 'ParserError', 'PermissionDenied', 'ResourceBusy', 'ResourceExists', 'ResourceUnavailable',
		'ReadError', 'WriteError', 'FromStdErr', 'SecurityError', 'ProtocolError', 'ConnectionError', 'AuthenticationError',
		'LimitsExceeded', 'QuotaExceeded', 'NotEnabled',
	],
};

/** Flag enums are numbers here, so they combine with -bor; their names are accepted wherever they are used. */
export const FLAG_ENUMS: Record<string, Record<string, number>> = {
	'System.Text.RegularExpressions.RegexOptions': {
		None: 0, IgnoreCase: 1, Multiline: 2, ExplicitCapture: 4, Compiled: 8, Singleline: 16, IgnorePatternWhitespace: 32, RightToLeft: 64, ECMAScript: 256, CultureInvariant: 512,
	},
	'System.StringSplitOptions': {None: 0, RemoveEmptyEntries: 1, TrimEntries: 2},
};
