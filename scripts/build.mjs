// Bundles the client, the server and the CLI into dist/ with esbuild.
// `--production` minifies and drops source maps (used when packaging the .vsix).
import { build } from 'esbuild';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

// Libraries for Word files, loaded with import() only when a .docx is read or written: each is bundled on its
// own into dist/lib/ (ES modules), and `await import('docx')` in the code becomes an import of that file at run time, so the
// server and the CLI start as fast as without them.
const LAZY_LIBRARIES = ['docx', 'fflate', 'fast-xml-parser'];
const lazyLibraries = {
  name: 'lazy-libraries',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(${LAZY_LIBRARIES.join('|')})$`) }, (args) =>
      args.kind === 'dynamic-import' ? { path: `./lib/${args.path}.mjs`, external: true } : undefined);
  },
};
const withLazy = { ...common, plugins: [lazyLibraries] };

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...withLazy, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  // Started by the server for large documents (server/src/lsp/workerPool.ts), from next to dist/server.js.
  build({ ...withLazy, entryPoints: ['server/src/lsp/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' }),
  build({ ...withLazy, entryPoints: ['cli/src/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  ...LAZY_LIBRARIES.map((name) =>
    // ES modules, so that import() sees the library's named exports.
    build({ ...common, format: 'esm', stdin: { contents: `export * from ${JSON.stringify(name)};`, resolveDir: process.cwd() }, outfile: `dist/lib/${name}.mjs` })),
]);
