// Bundles the client, the server and the CLI into dist/ with esbuild.
// `--production` minifies and drops source maps (used when packaging the .vsix).
import { build } from 'esbuild';
import * as path from 'node:path';

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

// A module of server/src/import loaded with import() (a format's importer and its library: parse5, iconv-lite,
// …) becomes a file of its own, dist/import/<name>.js (CommonJS; esbuild marks its exports for Node's import()),
// loaded only when a file of that format is converted: the server and the CLI do not read it at start-up.
// Every bundle lives in dist/ or dist/import/, so the relative path of the import() is fixed.
const importDir = path.resolve('server/src/import');
const lazyModules = new Set();
function lazyImports(prefix) {
  return {
    name: 'lazy-imports',
    setup(b) {
      b.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const target = path.resolve(args.resolveDir, args.path).replace(/\.ts$/, '');
        if (path.dirname(target) !== importDir) return undefined;
        const name = path.basename(target);
        lazyModules.add(name);
        return { path: `${prefix}${name}.js`, external: true };
      });
    },
  };
}

const main = { ...common, plugins: [lazyImports('./import/')] };
await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...main, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  // Started by the server for large documents (server/src/lsp/workerPool.ts), from next to dist/server.js.
  build({ ...main, entryPoints: ['server/src/lsp/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' }),
  build({ ...main, entryPoints: ['cli/src/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
]);

// The lazy modules, and those they load lazily in turn (html → gb18030).
const built = new Set();
while (lazyModules.size > built.size) {
  const pending = [...lazyModules].filter((name) => !built.has(name));
  for (const name of pending) built.add(name);
  await Promise.all(
    pending.map((name) =>
      build({ ...common, plugins: [lazyImports('./')], entryPoints: [path.join(importDir, `${name}.ts`)], outfile: `dist/import/${name}.js` }),
    ),
  );
}
