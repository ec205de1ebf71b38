// Bundles the client, the server and the CLI into dist/ with esbuild.
// `--production` minifies and drops source maps (used when packaging the .vsix).
import { build } from 'esbuild';
import * as fs from 'node:fs';
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

// unpdf (pdf.js) is large and needed only when a PDF is imported: it is its own ES module next to the
// bundles (dist/unpdf.mjs), and the bundles load it with import() on first use.
const lazyUnpdf = {
  name: 'lazy-unpdf',
  setup(b) {
    b.onResolve({ filter: /^unpdf$/ }, () => ({ path: './unpdf.mjs', external: true }));
  },
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

const withLazy = { ...common, plugins: [lazyUnpdf, lazyLibraries, lazyImports('./import/')] };
// Every build starts from an empty dist/: a bundle that is no longer built (a library replaced, a worker
// merged into the server) must not stay behind and be packaged.
fs.rmSync('dist', { recursive: true, force: true });

await Promise.all([
  build({ ...common, format: 'esm', entryPoints: ['node_modules/unpdf/dist/index.mjs'], outfile: 'dist/unpdf.mjs', sourcemap: false }),
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  // The server and its worker threads (analysis of large documents, workspace indexing): one bundle, started
  // again as a worker with its role in workerData (server/src/main.ts), so the core is stored once.
  build({ ...withLazy, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' }),
  // The CLI starts once per run: whitespace and syntax minified (names kept, source maps still written), a
  // fifth less for Node to read and compile before the first file is checked.
  build({ ...withLazy, minifyWhitespace: true, minifySyntax: true, entryPoints: ['cli/src/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  // The worker threads of `nianbao check --jobs N` (cli/src/pool.ts), from next to dist/cli.js.
  build({ ...withLazy, minifyWhitespace: true, minifySyntax: true, entryPoints: ['cli/src/worker.ts'], outfile: 'dist/cliWorker.js' }),
  ...LAZY_LIBRARIES.map((name) =>
    // ES modules, so that import() sees the library's named exports.
    build({ ...common, format: 'esm', stdin: { contents: `export * from ${JSON.stringify(name)};`, resolveDir: process.cwd() }, outfile: `dist/lib/${name}.mjs` })),
]);

// pdf.js's packed CMaps for simplified Chinese (Adobe-GB1: UniGB-*, GB*-EUC-*, Adobe-GB1-UCS2), read by the PDF
// importer only when an older PDF's font names one (server/src/import/pdfCMaps.ts).
const cMapSource = 'node_modules/pdfjs-dist/cmaps';
fs.rmSync('dist/cmaps', { recursive: true, force: true });
fs.mkdirSync('dist/cmaps', { recursive: true });
for (const file of fs.readdirSync(cMapSource)) {
  if (/^(Adobe-GB1-|UniGB-|GB)[\w-]*\.bcmap$/.test(file)) fs.copyFileSync(path.join(cMapSource, file), path.join('dist/cmaps', file));
}
fs.copyFileSync(path.join(cMapSource, 'LICENSE'), 'dist/cmaps/LICENSE');

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
