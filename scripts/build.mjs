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

// unpdf (pdf.js) is large and needed only when a PDF is imported: it is its own ES module next to the
// bundles (dist/unpdf.mjs), and the bundles load it with import() on first use.
const lazyUnpdf = {
  name: 'lazy-unpdf',
  setup(b) {
    b.onResolve({ filter: /^unpdf$/ }, () => ({ path: './unpdf.mjs', external: true }));
  },
};

await Promise.all([
  build({ ...common, format: 'esm', entryPoints: ['node_modules/unpdf/dist/index.mjs'], outfile: 'dist/unpdf.mjs', sourcemap: false }),
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', plugins: [lazyUnpdf] }),
  // Started by the server for large documents (server/src/lsp/workerPool.ts), from next to dist/server.js.
  build({ ...common, entryPoints: ['server/src/lsp/analysisWorker.ts'], outfile: 'dist/analysisWorker.js', plugins: [lazyUnpdf] }),
  // Started by the server to index the workspace's reports (server/src/lsp/workspace/indexRunner.ts).
  build({ ...common, entryPoints: ['server/src/lsp/workspace/indexWorker.ts'], outfile: 'dist/indexWorker.js', plugins: [lazyUnpdf] }),
  build({ ...common, entryPoints: ['cli/src/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [lazyUnpdf] }),
]);
