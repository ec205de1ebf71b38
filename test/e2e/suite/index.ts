// Entry point of the extension-host test run (the module named by extensionTestsPath). VS Code calls run()
// inside its extension host and exits with its outcome — the structure @vscode/test-electron expects, so
// the same suite runs in code-server's VS Code server (scripts/e2e/run-exthost.sh) and in a downloaded
// VS Code (test/e2e/electron.ts).
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // Every line the reporter prints carries a marker, so the runner can pick it out of the host's console.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => {
    for (const line of util.format(...args).split('\n')) console.log(`[e2e] ${line}`);
  };
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.NIANBAO_E2E_GREP;
  if (grep) mocha.grep(grep);
  mocha.addFile(path.join(__dirname, 'extension.test.js'));
  mocha.addFile(path.join(__dirname, 'editor.test.js'));
  mocha.addFile(path.join(__dirname, 'tables.test.js'));
  const resultsFile = process.env.NIANBAO_E2E_RESULTS || path.join(__dirname, 'results.json');
  const results: { title: string; state: string; error?: string }[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const passed = results.filter((r) => r.state === 'passed').length;
      try {
        fs.writeFileSync(resultsFile, JSON.stringify({ passed, failures, results }, null, 2));
      } catch {
        // the results file is a convenience; the summary line below is what runners read
      }
      console.log(`[e2e] ${passed} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else if (passed === 0) reject(new Error('no extension-host test ran'));
      else resolve();
    });
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed' }));
    runner.on('fail', (t, err: unknown) =>
      results.push({ title: t.fullTitle(), state: 'failed', error: String((err as Error)?.stack ?? err) }),
    );
  });
}
