// Path text for Join-Path and Split-Path: string work only, nothing is looked up on disk. Runbooks are written
// for Windows (`Join-Path $PSScriptRoot 'logs\run.log'`, `D:\USB`), so a path written with backslashes or a
// drive letter keeps backslashes; a Unix-style path keeps slashes. Either way win-paths.ts maps the result
// when a file cmdlet uses it.

const SEP = /[\\/]/;

/** The separator a path is written with. */
export const separatorOf = (path: string): string => (path.includes('\\') || /^[A-Za-z]:/.test(path) ? '\\' : '/');

const trimEnd = (p: string): string => p.replace(/[\\/]+$/, '');
const trimStart = (p: string): string => p.replace(/^[\\/]+/, '');

/** Joins a child onto a parent with one separator between them, as Join-Path does. */
export function joinPath(parent: string, child: string): string {
	if (parent === '') return child;
	if (child === '') return parent;
	const sep = separatorOf(parent);
	const left = trimEnd(parent);
	const right = trimStart(child);
	const joined = (left === '' ? '' : left) + sep + right;
	return sep === '\\' ? joined.replace(/\//g, '\\') : joined;
}

/** The root part of a path: `D:\`, `\\server\share\`, `/`, or '' for a relative path. */
function rootOf(path: string): string {
	const drive = /^[A-Za-z]:[\\/]?/.exec(path);
	if (drive) return drive[0];
	const unc = /^\\\\[^\\/]+[\\/][^\\/]+[\\/]?/.exec(path);
	if (unc) return unc[0];
	return SEP.test(path[0] ?? '') ? path[0]! : '';
}

/** Split-Path -Parent: everything before the last element ('' when there is none). */
export function parentPath(path: string): string {
	const root = rootOf(path);
	const rest = trimEnd(path.slice(root.length));
	if (rest === '') return '';
	const at = Math.max(rest.lastIndexOf('\\'), rest.lastIndexOf('/'));
	if (at < 0) return root;
	return root + trimEnd(rest.slice(0, at));
}

/** Split-Path -Leaf: the last element. */
export function leafOf(path: string): string {
	const root = rootOf(path);
	const rest = trimEnd(path.slice(root.length));
	if (rest === '') return root;
	return rest.split(SEP).pop()!;
}

/** Split-Path -Extension: `.cab` for `UsageData.cab`, '' without one. */
export function extensionOf(path: string): string {
	const leaf = leafOf(path);
	const dot = leaf.lastIndexOf('.');
	return dot > 0 ? leaf.slice(dot) : '';
}

export const leafBaseOf = (path: string): string => {
	const leaf = leafOf(path);
	const ext = extensionOf(path);
	return ext ? leaf.slice(0, -ext.length) : leaf;
};

export const isRooted = (path: string): boolean => rootOf(path) !== '' || path.startsWith('~');
