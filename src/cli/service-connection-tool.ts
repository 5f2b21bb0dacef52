// ServiceConnectionTool: the Service Connection Tool as a program of its own (bin `ServiceConnectionTool`,
// dist/service-connection-tool.js). In Microsoft's procedure the connect phase runs on a computer with internet
// access, away from the site: this program is that computer. It reads the usage data that -prepare wrote, asks
// the (simulated) Microsoft cloud which updates apply, and writes the update packs that -import takes in.
//
//   ServiceConnectionTool -connect -usagedatasrc <folder or file> -updatepackdest <folder>
//                         [-proxyserveruri <uri> [-proxyusername <user>]]
//                         [-downloadall | -downloadhotfix | -downloadsiteversion]
//
// -prepare, -import and -export work on the site itself: they run inside scpsh (ServiceConnectionTool.exe at
// its prompt), which starts this program for -connect. Paths may be written the Windows way (D:\USB\UpdatePacks):
// see commands/_lib/win-paths.ts for how they map. Exit codes: 0 done, 1 failed, 64 bad arguments.
// This file depends on node built-ins and the site's connect phase only, never on the shell's engine.

import {runConnect, SctError, selectionOf, TOOL_NAME} from '../../commands/_lib/sct.ts';
import {defaultDriveRoot} from '../../commands/_lib/win-paths.ts';

const USAGE = [
	`${TOOL_NAME} — Configuration Manager Service Connection Tool (scpsh simulation)`,
	'',
	'  -prepare -usagedatadest <file.cab>                 on the service connection point (run it in scpsh)',
	'  -connect -usagedatasrc <folder|file.cab> -updatepackdest <folder>',
	'           [-proxyserveruri <uri> [-proxyusername <user>]]',
	'           [-downloadall | -downloadhotfix | -downloadsiteversion]',
	'                                                     on a computer with internet access (this program)',
	'  -import -updatepacksrc <folder>                    on the service connection point (run it in scpsh)',
	'  -export -dest <file.csv>                           on the service connection point (run it in scpsh)',
	'',
	'Windows paths map to folders: D:\\USB is <drive root>/D/USB, the drive root being $SCPSH_DRIVE_ROOT',
	'or ~/.scpsh/drives.',
];

class UsageError extends Error {}

interface Args {
	phase: 'prepare' | 'connect' | 'import' | 'export' | null;
	help: boolean;
	values: Map<string, string>;
	flags: Set<string>;
}

const VALUE_OPTIONS = ['usagedatadest', 'usagedatasrc', 'updatepackdest', 'updatepacksrc', 'dest', 'proxyserveruri', 'proxyusername'];
const FLAG_OPTIONS = ['downloadall', 'downloadhotfix', 'downloadsiteversion'];
const PHASES = ['prepare', 'connect', 'import', 'export'] as const;

/** The tool's switches: `-name` or `/name`, any case; options that take a value take the next argument. */
function parse(argv: string[]): Args {
	const args: Args = {phase: null, help: false, values: new Map(), flags: new Set()};
	for (let i = 0; i < argv.length; i++) {
		const raw = argv[i]!;
		const m = /^[-/]([A-Za-z?]+)$/.exec(raw);
		if (!m) throw new UsageError(`Unexpected argument '${raw}'.`);
		const name = m[1]!.toLowerCase();
		if (name === '?' || name === 'h' || name === 'help') args.help = true;
		else if ((PHASES as readonly string[]).includes(name)) {
			if (args.phase && args.phase !== name) throw new UsageError(`Give one phase: -${args.phase} and -${name} were both given.`);
			args.phase = name as Args['phase'];
		} else if (VALUE_OPTIONS.includes(name)) {
			const value = argv[i + 1];
			if (value === undefined) throw new UsageError(`-${name} needs a value.`);
			args.values.set(name, value);
			i++;
		} else if (FLAG_OPTIONS.includes(name)) args.flags.add(name);
		else throw new UsageError(`Unknown option '${raw}'.`);
	}
	return args;
}

function main(argv: string[]): number {
	const out = (line: string): void => {
		process.stdout.write(`${line}\n`);
	};
	let args: Args;
	try {
		args = parse(argv);
	} catch (e) {
		if (!(e instanceof UsageError)) throw e;
		process.stderr.write(`${TOOL_NAME}: ${e.message}\n`);
		for (const line of USAGE) process.stderr.write(`${line}\n`);
		return 64;
	}
	if (args.help || !args.phase) {
		for (const line of USAGE) (args.help ? out : (l: string) => process.stderr.write(`${l}\n`))(line);
		return args.help ? 0 : 64;
	}
	if (args.phase !== 'connect') {
		process.stderr.write(`${TOOL_NAME}: -${args.phase} runs on the service connection point, against the site: run it at the scpsh prompt ` +
			`(ServiceConnectionTool.exe -${args.phase} ...). This program runs the connect phase.\n`);
		return 64;
	}
	const src = args.values.get('usagedatasrc');
	const dest = args.values.get('updatepackdest');
	if (!src || !dest) {
		process.stderr.write(`${TOOL_NAME}: -connect needs -usagedatasrc <folder|file> and -updatepackdest <folder>.\n`);
		return 64;
	}
	try {
		runConnect({
			usageDataSrc: src,
			updatePackDest: dest,
			selection: selectionOf({
				downloadAll: args.flags.has('downloadall'),
				downloadHotfix: args.flags.has('downloadhotfix'),
				downloadSiteVersion: args.flags.has('downloadsiteversion'),
			}),
			proxyServerUri: args.values.get('proxyserveruri') ?? null,
			proxyUserName: args.values.get('proxyusername') ?? null,
		}, {cwd: process.cwd(), driveRoot: defaultDriveRoot()}, out);
		return 0;
	} catch (e) {
		if (e instanceof SctError) {
			process.stderr.write(`${TOOL_NAME}: ${e.message}\n`);
			return 1;
		}
		process.stderr.write(`${TOOL_NAME}: ${e instanceof Error ? e.message : String(e)}\n`);
		return 1;
	}
}

process.exitCode = main(process.argv.slice(2));
