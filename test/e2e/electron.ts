// The same extension-host suite (test/e2e/suite) through @vscode/test-electron, which downloads a VS Code
// build from update.code.visualstudio.com — for machines that can reach it (our CI cannot: it uses
// scripts/e2e/run-exthost.sh, `npm run test:vscode`). Run: `npm run test:vscode:electron`.
// Env: VSCODE_VERSION (default: the oldest version engines.vscode allows), VSCODE_EXECUTABLE (use an
// installed VS Code instead of downloading one).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-e2e-ws-'));
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? '1.97.0',
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'dist-test', 'suite', 'index.js'),
      extensionTestsEnv: { NIANBAO_SHARED: path.resolve(root, '..', 'shared') },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error('extension-host tests failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
