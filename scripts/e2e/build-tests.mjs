// Bundles the extension-host Mocha suite (test/e2e/suite) into dist-test/suite/ with esbuild.
// vscode and mocha stay external: the extension host provides vscode, mocha comes from node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: ['test/e2e/suite/index.ts', 'test/e2e/suite/extension.test.ts', 'test/e2e/suite/editor.test.ts', 'test/e2e/suite/tables.test.ts'],
  outdir: 'dist-test/suite',
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: true,
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
