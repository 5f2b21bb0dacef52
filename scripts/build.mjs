// Bundles the launcher into dist/. The TUI is reached only through a dynamic import,
// so esbuild splits it (with Ink and React kept external) into its own chunk.
import {build} from 'esbuild';
import {rmSync} from 'node:fs';

rmSync('dist', {recursive: true, force: true});
await build({
	entryPoints: {scpsh: 'src/cli/main.ts'},
	outdir: 'dist',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	packages: 'external',
	chunkNames: 'chunks/[name]-[hash]',
	banner: {js: '#!/usr/bin/env node'},
	legalComments: 'none',
	logLevel: 'warning',
});
