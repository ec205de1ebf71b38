// Runs the Mocha suite (test/e2e/suite) INSIDE a real VS Code extension host, the way VS Code's Extension
// Development Host does: the workbench URL carries a `payload` with extensionDevelopmentPath and
// extensionTestsPath (vscode-remote:// URIs on the VS Code server). Headless Debian chromium, driven by
// playwright-core, loads the workbench; when run() settles the workbench calls
// window.codeAutomationExit(code), which Playwright exposes to us.
// Usage: node run-exthost.mjs http://127.0.0.1:PORT /abs/extension/dir /abs/dist-test/suite/index.js /abs/workspace
// Last line printed: "N passed, N failed". Exit status 0 only when the suite passed.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';

const [base, extDir, testsPath, folder] = process.argv.slice(2);
const authority = new URL(base).host; // the web client's remote authority is the page's host:port
const remote = (p) => `vscode-remote://${authority}${p}`;
const payload = [
  ['extensionDevelopmentPath', remote(extDir)],
  ['extensionTestsPath', remote(testsPath)],
];
const url = `${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
const timeoutMs = Number(process.env.TEST_TIMEOUT_MS || 300_000);
const t0 = Date.now();
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-e2e-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = context.pages()[0] || await context.newPage();
let summary = null; // "N passed, N failed", printed by run() inside the extension host
let passedSoFar = 0;
let resolveExit;
const done = new Promise((resolve) => { resolveExit = resolve; });
await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
// The extension host's console reaches the page console (remote: ['%c INFO', 'color: …', text]).
page.on('console', async (m) => {
  let vals = await Promise.all(m.args().map((a) => a.jsonValue().catch(() => String(a))));
  if (typeof vals[0] === 'string' && vals[0].startsWith('%c')) vals = vals.slice(2);
  const text = util.format(...vals);
  for (const line of text.split('\n')) {
    const i = line.indexOf('[e2e] ');
    if (i >= 0) {
      const out = line.slice(i + 6);
      const s = /^(\d+) passed, (\d+) failed$/.exec(out.trim());
      if (s) summary = s[0];
      else console.log(out);
      if (/^\s*(✔|✓)/.test(out)) passedSoFar++;
    } else if (process.env.VERBOSE) {
      console.log('[page]', line);
    }
  }
});
page.on('pageerror', (e) => { if (process.env.VERBOSE) console.log('[pageerror]', e.message); });
await page.goto(url);
const code = await Promise.race([done, new Promise((r) => setTimeout(() => r('timeout'), timeoutMs))]);
console.log(`extension-host run finished: exit=${code} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
await context.close().catch(() => {});
fs.rmSync(profile, { recursive: true, force: true });
if (code === 'timeout') console.log(`the suite did not finish within ${timeoutMs / 1000} s`);
// a run that never reported counts as one failure
console.log(code === 0 && summary ? summary : summary && code !== 'timeout' ? summary : `${passedSoFar} passed, 1 failed`);
process.exit(code === 0 && summary ? 0 : 1);
