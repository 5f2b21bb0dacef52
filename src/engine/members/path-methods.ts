// The static methods of [System.IO.Path] on Windows-style paths (`[IO.Path]::Combine`, `::GetExtension` …).

import {toStr} from '../convert.ts';
import {strArg} from './arguments.ts';
import {methodNotFound} from './failures.ts';

/** Splits a Windows path into its directory and leaf the way System.IO.Path does (either slash separates). */
function lastSeparator(path: string): number {
	return Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/'));
}

const isRooted = (path: string): boolean => /^([a-zA-Z]:|[\\/])/.test(path);

export function pathMethod(name: string, key: string, args: readonly unknown[]): unknown {
	const path = args.length ? (args[0] === null || args[0] === undefined ? null : strArg(args, 0)) : null;
	switch (key) {
		case 'combine':
		case 'join': {
			const parts = (args.length === 1 && Array.isArray(args[0]) ? args[0] : args).map(item => toStr(item));
			let out = '';
			for (const part of parts) {
				if (!part) continue;
				if (key === 'combine' && isRooted(part)) out = part;
				else out = !out || /[\\/]$/.test(out) || /^[\\/]/.test(part) ? out + part : `${out}\\${part}`;
			}
			return out;
		}
		case 'getfilename':
			return path === null ? null : path.slice(lastSeparator(path) + 1);
		case 'getfilenamewithoutextension': {
			if (path === null) return null;
			const leaf = path.slice(lastSeparator(path) + 1);
			const dot = leaf.lastIndexOf('.');
			return dot > 0 || (dot === 0 && leaf.length > 1) ? leaf.slice(0, dot) : leaf;
		}
		case 'getextension': {
			if (path === null) return null;
			const leaf = path.slice(lastSeparator(path) + 1);
			const dot = leaf.lastIndexOf('.');
			return dot >= 0 && dot < leaf.length - 1 ? leaf.slice(dot) : '';
		}
		case 'getdirectoryname': {
			if (path === null || /^([a-zA-Z]:)?[\\/]?$/.test(path)) return null;
			const at = lastSeparator(path);
			if (at < 0) return '';
			const directory = path.slice(0, at);
			return /^[a-zA-Z]:$/.test(directory) ? `${directory}\\` : directory || path.slice(0, 1);
		}
		case 'changeextension': {
			if (path === null) return null;
			const leafStart = lastSeparator(path) + 1;
			const dot = path.lastIndexOf('.');
			const base = dot >= leafStart ? path.slice(0, dot) : path;
			const extension = args[1] === null || args[1] === undefined ? '' : strArg(args, 1);
			return extension ? base + (extension.startsWith('.') ? extension : `.${extension}`) : base;
		}
		case 'ispathrooted':
			return path !== null && isRooted(path);
		case 'getpathroot':
			return path === null ? null : (/^([a-zA-Z]:[\\/]?|[\\/]{1,2})/.exec(path)?.[0] ?? '');
		case 'hasextension':
			return path !== null && /\.[^.\\/]+$/.test(path);
		case 'getinvalidfilenamechars':
			return ['"', '<', '>', '|', '\0', ':', '*', '?', '\\', '/'];
	}
	return methodNotFound('System.IO.Path', name);
}
