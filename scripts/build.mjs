// Bundles the launcher into dist/. Dependencies are bundled too (Ink starts twice as fast bundled); the TUI is
// reached only through a dynamic import, so esbuild splits it, with Ink and React, into chunks that piped runs
// never load.
import {build} from 'esbuild';
import {existsSync, rmSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

rmSync('dist', {recursive: true, force: true});
await build({
	entryPoints: {
		scpsh: 'src/cli/main.ts',
		...(existsSync('src/cli/service-connection-tool.ts') ? {'service-connection-tool': 'src/cli/service-connection-tool.ts'} : {}),
	},
	outdir: 'dist',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	chunkNames: 'chunks/[name]-[hash]',
	alias: {'react-devtools-core': fileURLToPath(new URL('./stubs/react-devtools-core.js', import.meta.url))},
	define: {'process.env.NODE_ENV': '"production"'},
	// Some bundled dependencies are CommonJS and call require().
	banner: {js: "#!/usr/bin/env node\nimport {createRequire as __scpshCreateRequire} from 'node:module';\nconst require = __scpshCreateRequire(import.meta.url);"},
	legalComments: 'none',
	minify: !process.env.SCPSH_NOMINIFY,
	sourcemap: process.env.SCPSH_SOURCEMAP ? 'linked' : false,
	keepNames: false,
	logLevel: 'warning',
});
