// Bundles the extension-host Mocha suite (test/e2e/suite) into dist-test/suite/ with esbuild.
// vscode and mocha stay external: the extension host provides vscode, mocha comes from node_modules.
import fs from 'node:fs';
import { build } from 'esbuild';

await build({
  // Every file of the suite; test/e2e/suite/index.ts says which run and in what order.
  entryPoints: fs.readdirSync('test/e2e/suite').filter((f) => f.endsWith('.ts')).map((f) => `test/e2e/suite/${f}`),
  outdir: 'dist-test/suite',
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: true,
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
