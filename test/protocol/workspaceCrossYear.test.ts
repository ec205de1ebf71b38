// Checks across years in the editor without opening a file (issue 13): a workspace holding two consecutive years
// of many issuers — more than one job of the index's checks across reports — publishes, for each later year, the
// findings across years the CLI gives for the same folder, and none for a report whose issuer has no other year.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readExamples } from '../unit/fixtures';
import { lastYearOf } from '../unit/crossYearFixtures';
import { startServer, type TestServer } from './lspServer';

const CROSS_YEAR_RULES = new Set(['carryover-mismatch', 'pending-cases-last-year', 'copied-from-last-year', 'cross-year-ambiguity']);
const government = readExamples().find(([name]) => name.includes('人民政府2024'))![1];
/** Issuers of their own: 青禾县 → 甲青禾县, 乙青禾县, … (more pairs than one job of the index holds). */
const TAGS = '甲乙丙丁戊己庚辛壬癸子丑';

async function until(what: string, check: () => boolean, ms = 60_000): Promise<void> {
  const t0 = Date.now();
  while (!check()) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('checks across years in a workspace, without opening the files', () => {
  let root: string;
  let server: TestServer;
  const later: string[] = [];
  const alone = () => path.join(root, 'alone', 'report.md');

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-ws-years-'));
    for (const tag of TAGS) {
      const text = government.replaceAll('青禾县', `${tag}青禾县`);
      fs.mkdirSync(path.join(root, tag), { recursive: true });
      fs.writeFileSync(path.join(root, tag, '2023.md'), lastYearOf(text, 2024));
      fs.writeFileSync(path.join(root, tag, '2024.md'), text);
      later.push(path.join(root, tag, '2024.md'));
    }
    fs.mkdirSync(path.dirname(alone()));
    fs.writeFileSync(alone(), government.replaceAll('青禾县', '独青禾县'));
    server = await startServer({
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'years' }],
      capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true } },
    });
    const crossYearOf = (file: string) =>
      server.published.filter((p) => p.uri === pathToFileURL(file).href).at(-1)?.diagnostics.some((d) => CROSS_YEAR_RULES.has(String(d.code)));
    await until('findings across years for every later year', () => later.every(crossYearOf));
  });

  after(async () => {
    await server?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('each later year has the findings across years the CLI gives for the folder', () => {
    const cli = path.join(__dirname, '..', '..', 'dist', 'cli.js');
    let out: string;
    try {
      out = execFileSync(process.execPath, [cli, 'check', '--format', 'json', root], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    } catch (e) {
      out = (e as { stdout: string }).stdout; // exit 1: error findings
    }
    const files = (JSON.parse(out) as { files: Array<{ path: string; diagnostics: Array<{ ruleId: string; range: unknown }> }> }).files;
    for (const file of later) {
      const fromCli = files.find((f) => path.resolve(f.path) === file)!.diagnostics.filter((d) => CROSS_YEAR_RULES.has(d.ruleId));
      const published = server.published.filter((p) => p.uri === pathToFileURL(file).href).at(-1)!.diagnostics;
      const fromServer = published.filter((d) => CROSS_YEAR_RULES.has(String(d.code)));
      assert.ok(fromCli.some((d) => d.ruleId === 'copied-from-last-year'), `${file}: the CLI finds the copied text`);
      assert.deepEqual(fromServer.map((d) => [d.code, d.range]), fromCli.map((d) => [d.ruleId, d.range]), file);
    }
  });

  test('a report whose issuer has no other year gets no finding across years', () => {
    const published = server.published.filter((p) => p.uri === pathToFileURL(alone()).href).at(-1);
    assert.ok(published, 'the lone report was indexed and published');
    assert.deepEqual(published.diagnostics.filter((d) => CROSS_YEAR_RULES.has(String(d.code))), []);
  });
});
