// Properties and methods of values: `$x.Name`, `$x.Name = 1`, `$x.Method(…)`, `[Type]::Member`, `[Type]::new(…)`.
// Only what runbooks call is here: the .NET members of strings, numbers, arrays, hashtables, dates, time spans,
// guids, regexes and error records, and the static members of the common types. Each topic has a file in members/.

export type {MemberContext} from './members/context.ts';
export {getMember, setMember} from './members/properties.ts';
export {invokeMethod} from './members/invoke-method.ts';
export {getStaticMember} from './members/static-members.ts';
export {invokeStaticMethod} from './members/static-methods.ts';
export {createInstance} from './members/instances.ts';
export {exceptionOf, newException, exceptionInfo} from './members/exceptions.ts';
export {StringBuilder} from './members/string-builder.ts';
export {listMembers, shortTypeName} from './members/list-members.ts';
export type {MemberInfo, MemberType} from './members/list-members.ts';
