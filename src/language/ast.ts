// The syntax tree of a script. Every node carries its extent in the source text
// (offsets, end exclusive) so errors can underline it and completion can find what is under the cursor.

export interface Extent {
	start: number;
	end: number;
}

interface NodeBase {
	extent: Extent;
}

// ---- Script blocks and parameters -------------------------------------------------------------

export interface ScriptBlockAst extends NodeBase {
	kind: 'ScriptBlock';
	/** `[CmdletBinding()]` and other attributes written before `param(...)`. */
	attributes: AttributeAst[];
	param?: ParamBlockAst;
	begin?: StatementBlockAst;
	process?: StatementBlockAst;
	/** The unnamed body of a script block is its end block. */
	end?: StatementBlockAst;
	/** The source text of the block, braces excluded. */
	text: string;
}

export interface ParamBlockAst extends NodeBase {
	kind: 'ParamBlock';
	parameters: ParameterAst[];
}

export interface ParameterAst extends NodeBase {
	kind: 'Parameter';
	/** Without the `$`. */
	name: string;
	/** `[string]`, `[int[]]`, `[switch]` ... The last type constraint written wins. */
	type?: TypeNameAst;
	/** `[Parameter(Mandatory)]`, `[ValidateSet('a','b')]`, `[Alias('n')]` ... */
	attributes: AttributeAst[];
	default?: ExpressionAst;
}

export interface TypeNameAst extends NodeBase {
	kind: 'TypeName';
	/** As written, e.g. `int`, `string[]`, `System.Collections.Hashtable`. */
	name: string;
}

export interface AttributeAst extends NodeBase {
	kind: 'Attribute';
	name: string;
	positional: ExpressionAst[];
	/** `Mandatory` alone has no value (means $true); `Position = 0` has one. */
	named: {name: string; value?: ExpressionAst; extent: Extent}[];
}

export interface StatementBlockAst extends NodeBase {
	kind: 'StatementBlock';
	statements: StatementAst[];
	/** `trap` handlers written in this block; like pwsh, they are kept apart from the statements. */
	traps?: TrapAst[];
}

/** `trap [Type] { ... }`: runs when a terminating error escapes a statement of the enclosing block. */
export interface TrapAst extends NodeBase {
	kind: 'Trap';
	/** The exception type caught; a trap without one catches everything. */
	type?: TypeNameAst;
	body: StatementBlockAst;
}

// ---- Statements -------------------------------------------------------------------------------

export type StatementAst =
	| PipelineAst
	| PipelineChainAst
	| AssignmentAst
	| IfAst
	| WhileAst
	| DoLoopAst
	| ForAst
	| ForeachAst
	| SwitchAst
	| TryAst
	| ThrowAst
	| ReturnAst
	| BreakAst
	| ContinueAst
	| ExitAst
	| FunctionDefinitionAst;

/** Statements that start with an optional `:label`. */
interface LoopBase extends NodeBase {
	label?: string;
}

export interface PipelineAst extends NodeBase {
	kind: 'Pipeline';
	/** The first element may be an expression; the rest are commands. */
	elements: (CommandAst | CommandExpressionAst)[];
}

/** `a && b`, `a || b` (pwsh 7). */
export interface PipelineChainAst extends NodeBase {
	kind: 'PipelineChain';
	left: StatementAst;
	operator: '&&' | '||';
	right: PipelineAst;
}

export type AssignmentOperator = '=' | '+=' | '-=' | '*=' | '/=' | '%=' | '??=';

export interface AssignmentAst extends NodeBase {
	kind: 'Assignment';
	/** A variable, member, index, a `[type]$var` convert, or an array literal of those (`$a, $b = 1, 2`). */
	target: ExpressionAst;
	operator: AssignmentOperator;
	/** The right side is a statement: `$x = Get-Thing | Sort`, `$x = if ($a) {1} else {2}`. */
	value: StatementAst;
}

export interface IfAst extends NodeBase {
	kind: 'If';
	clauses: {condition: StatementAst; body: StatementBlockAst}[];
	else?: StatementBlockAst;
}

export interface WhileAst extends LoopBase {
	kind: 'While';
	condition: StatementAst;
	body: StatementBlockAst;
}

export interface DoLoopAst extends LoopBase {
	kind: 'DoLoop';
	body: StatementBlockAst;
	condition: StatementAst;
	/** `do {} until (...)` loops while the condition is false. */
	until: boolean;
}

export interface ForAst extends LoopBase {
	kind: 'For';
	init?: StatementAst;
	condition?: StatementAst;
	iterator?: StatementAst;
	body: StatementBlockAst;
}

export interface ForeachAst extends LoopBase {
	kind: 'Foreach';
	variable: VariableAst;
	iterable: StatementAst;
	body: StatementBlockAst;
}

export interface SwitchClauseAst {
	/** A constant, a bare word (string), or a script block condition. */
	pattern: ExpressionAst;
	body: StatementBlockAst;
}

export interface SwitchAst extends LoopBase {
	kind: 'Switch';
	flags: {regex: boolean; wildcard: boolean; exact: boolean; caseSensitive: boolean};
	value: StatementAst;
	clauses: SwitchClauseAst[];
	default?: StatementBlockAst;
}

export interface CatchClauseAst extends NodeBase {
	kind: 'CatchClause';
	/** Empty for a catch-all. Names as written, e.g. `System.Management.Automation.RuntimeException`. */
	types: TypeNameAst[];
	body: StatementBlockAst;
}

export interface TryAst extends NodeBase {
	kind: 'Try';
	body: StatementBlockAst;
	catches: CatchClauseAst[];
	finally?: StatementBlockAst;
}

export interface ThrowAst extends NodeBase {
	kind: 'Throw';
	value?: StatementAst;
}

export interface ReturnAst extends NodeBase {
	kind: 'Return';
	value?: StatementAst;
}

export interface BreakAst extends NodeBase {
	kind: 'Break';
	label?: string;
}

export interface ContinueAst extends NodeBase {
	kind: 'Continue';
	label?: string;
}

export interface ExitAst extends NodeBase {
	kind: 'Exit';
	value?: StatementAst;
}

export interface FunctionDefinitionAst extends NodeBase {
	kind: 'FunctionDefinition';
	name: string;
	isFilter: boolean;
	/** Parameters written as `function f($a, $b) {}`; merged with a param block by the evaluator. */
	parameters: ParameterAst[];
	body: ScriptBlockAst;
}

// ---- Commands ---------------------------------------------------------------------------------

export interface CommandAst extends NodeBase {
	kind: 'Command';
	/** `&` (call) or `.` (dot-source) when written before the command name. */
	invocation?: '&' | '.';
	/**
	 * The command name: a bare word becomes a StringConstant with `bare: true`;
	 * `& $sb` or `& 'name'` give any expression.
	 */
	name: ExpressionAst;
	elements: CommandElementAst[];
	redirections: RedirectionAst[];
}

export type CommandElementAst = CommandParameterAst | ExpressionAst;

export interface CommandParameterAst extends NodeBase {
	kind: 'CommandParameter';
	/** As written, without the leading dash and without a trailing colon. */
	name: string;
	/** `-Name:value` carries its argument here; `-Name value` leaves it to the binder. */
	argument?: ExpressionAst;
}

export interface RedirectionAst extends NodeBase {
	kind: 'Redirection';
	/** `>`/`>>` to a file, or `2>&1`-style merging. Stream: 1 output, 2 error, 3 warning, ..., '*' all. */
	from: string;
	append: boolean;
	/** A file target, or a stream number when merging (`2>&1`). */
	target: ExpressionAst | {kind: 'Stream'; stream: string};
}

export interface CommandExpressionAst extends NodeBase {
	kind: 'CommandExpression';
	expression: ExpressionAst;
	redirections: RedirectionAst[];
}

// ---- Expressions ------------------------------------------------------------------------------

export type ExpressionAst =
	| NumberConstantAst
	| StringConstantAst
	| ExpandableStringAst
	| VariableAst
	| BinaryAst
	| UnaryAst
	| ConvertAst
	| TypeLiteralAst
	| IndexAst
	| MemberAst
	| InvokeMemberAst
	| ArrayLiteralAst
	| ArrayExpressionAst
	| SubExpressionAst
	| ParenAst
	| HashtableAst
	| ScriptBlockExpressionAst
	| TernaryAst
	| ErrorExpressionAst;

export interface NumberConstantAst extends NodeBase {
	kind: 'NumberConstant';
	value: number;
	/** True when written with a decimal point or exponent, or with a `d` suffix (a double, not an integer). */
	isDouble: boolean;
	/** `l` suffix (Int64). */
	isLong?: boolean;
}

export interface StringConstantAst extends NodeBase {
	kind: 'StringConstant';
	value: string;
	/** `single` for '...' and @'...'@, `double` for "..." without expansions, `bare` for argument-mode words. */
	quote: 'single' | 'double' | 'bare';
	hereString?: boolean;
}

export interface ExpandableStringAst extends NodeBase {
	kind: 'ExpandableString';
	/** Literal pieces (escapes already applied) and embedded `$var` / `$(...)` expressions, in order. */
	parts: (string | ExpressionAst)[];
	/** `bare` for an argument-mode word with a variable in it, e.g. `$site:\` or `abc$x`. */
	quote: 'double' | 'bare';
	hereString?: boolean;
}

export interface VariableAst extends NodeBase {
	kind: 'Variable';
	/** Without `$` and without a scope or drive qualifier, e.g. `PSItem`, `NAME` for `$env:NAME`. */
	name: string;
	/** `env`, `global`, `script`, `local`, `private`, `using`, or another drive name, lowercased. */
	scope?: string;
	/** `@name` in argument position. */
	splatted?: boolean;
}

export interface BinaryAst extends NodeBase {
	kind: 'Binary';
	/**
	 * Lowercased, without the dash: `+ - * / % .. ?? and or xor band bor bxor shl shr f is isnot as`
	 * and the comparison family with its optional c/i prefix: `eq ceq ieq ne ... like notlike match notmatch
	 * replace creplace split csplit join contains notcontains in notin`.
	 */
	operator: string;
	left: ExpressionAst;
	right: ExpressionAst;
	/** Extent of the operator token, for error messages. */
	operatorExtent: Extent;
}

export interface UnaryAst extends NodeBase {
	kind: 'Unary';
	/**
	 * `!` and `not`, `-` (negate), `+`, `bnot`, `,` (one-element array), `join`, `split` (unary forms),
	 * `++` / `--` prefix, `post++` / `post--` postfix.
	 */
	operator: string;
	operand: ExpressionAst;
}

export interface ConvertAst extends NodeBase {
	kind: 'Convert';
	type: TypeNameAst;
	operand: ExpressionAst;
}

/** `[int]` standing alone (as in `$x -is [int]` or `[Math]::Round(...)`). */
export interface TypeLiteralAst extends NodeBase {
	kind: 'TypeLiteral';
	type: TypeNameAst;
}

export interface IndexAst extends NodeBase {
	kind: 'Index';
	target: ExpressionAst;
	index: ExpressionAst;
	/** `?[` (pwsh 7). */
	nullConditional: boolean;
}

export interface MemberAst extends NodeBase {
	kind: 'Member';
	target: ExpressionAst;
	/** A name as written, or an expression (`$obj.$name`, `$obj."name"`). */
	member: string | ExpressionAst;
	/** `[Type]::Member`. */
	static: boolean;
	/** `?.` (pwsh 7). */
	nullConditional: boolean;
}

export interface InvokeMemberAst extends NodeBase {
	kind: 'InvokeMember';
	target: ExpressionAst;
	member: string | ExpressionAst;
	arguments: ExpressionAst[];
	static: boolean;
	nullConditional: boolean;
}

/** `1, 2, 3`. */
export interface ArrayLiteralAst extends NodeBase {
	kind: 'ArrayLiteral';
	elements: ExpressionAst[];
}

/** `@( ... )`: always an array. */
export interface ArrayExpressionAst extends NodeBase {
	kind: 'ArrayExpression';
	statements: StatementAst[];
}

/** `$( ... )`. */
export interface SubExpressionAst extends NodeBase {
	kind: 'SubExpression';
	statements: StatementAst[];
}

/** `( ... )`: one statement (a pipeline or an assignment). */
export interface ParenAst extends NodeBase {
	kind: 'Paren';
	statement: StatementAst;
}

export interface HashtableAst extends NodeBase {
	kind: 'Hashtable';
	entries: {key: ExpressionAst; value: StatementAst}[];
}

export interface ScriptBlockExpressionAst extends NodeBase {
	kind: 'ScriptBlockExpression';
	block: ScriptBlockAst;
}

export interface TernaryAst extends NodeBase {
	kind: 'Ternary';
	condition: ExpressionAst;
	then: ExpressionAst;
	else: ExpressionAst;
}

/** Stands where the parser recovered from an error; never evaluated when the script has errors. */
export interface ErrorExpressionAst extends NodeBase {
	kind: 'ErrorExpression';
}

export type Ast =
	| ScriptBlockAst
	| ParamBlockAst
	| ParameterAst
	| AttributeAst
	| TypeNameAst
	| StatementBlockAst
	| StatementAst
	| CommandAst
	| CommandElementAst
	| CommandExpressionAst
	| CatchClauseAst
	| RedirectionAst
	| TrapAst;
