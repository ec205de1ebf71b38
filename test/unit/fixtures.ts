// Reads the real reports in ../shared (seeds/ and corpus/) and offers small helpers for the parser tests.
// The shared files are real published documents: tests only read them, never change them.
// ../shared is laid beside the project by hand (CI has it); a fresh clone does not. Tests that read it are
// registered with sharedTest/describeShared: without ../shared they are skipped, and `npm test`
// (scripts/test.mjs) says so in one line; with NIANBAO_REQUIRE_SHARED=1 a missing ../shared is a failure.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test, type TestContext, type TestOptions } from 'node:test';
import { headingsInOrder } from '../../server/src/core/parse/headings';
import { parseDocument, positionAt, type Heading, type Report, type ReportDocument } from '../../server/src/core';

/** ../shared as seen from the project root. */
export const SHARED = path.join(__dirname, '..', '..', '..', 'shared');

/** Whether the real reports are there (scripts/test.mjs looks for the same folder). */
export const HAS_SHARED = fs.existsSync(path.join(SHARED, 'seeds'));

/** The skip reason of the tests that read ../shared; the summary of `npm test` counts the skips with it. */
export const SHARED_SKIP_REASON = 'needs ../shared';

// Under NIANBAO_REQUIRE_SHARED=1 nothing is skipped: a missing ../shared makes the tests fail.
const skipShared = !HAS_SHARED && process.env.NIANBAO_REQUIRE_SHARED !== '1' ? SHARED_SKIP_REASON : false;

type TestFn = (t: TestContext) => void | Promise<void>;

/** A test that reads ../shared: skipped when it is missing. */
export function sharedTest(name: string, fn: TestFn): void;
export function sharedTest(name: string, options: TestOptions, fn: TestFn): void;
export function sharedTest(name: string, a: TestOptions | TestFn, b?: TestFn): void {
  const [options, fn] = typeof a === 'function' ? [{}, a] : [a, b!];
  void test(name, { ...options, skip: skipShared }, fn);
}

/** A group of tests that read ../shared, also while the group is being set up: skipped as a whole when it is missing. */
export function describeShared(name: string, fn: () => void): void {
  void describe(name, { skip: skipShared }, fn);
}

function sharedFolder(dir: string): string {
  if (!HAS_SHARED) {
    const why = skipShared ? 'register the test with sharedTest or describeShared' : 'NIANBAO_REQUIRE_SHARED=1';
    throw new Error(`../shared not found beside the project (${SHARED}; ${why})`);
  }
  return path.join(SHARED, dir);
}

/** The names of the files in shared/<dir> (seeds or corpus) that hold reports. */
export function listShared(dir: 'seeds' | 'corpus'): string[] {
  return fs
    .readdirSync(sharedFolder(dir))
    .filter((f) => /\.(txt|md)$/.test(f) && f !== 'INDEX.md')
    .sort();
}

/** The text of a shared file, found by its name or the start of its name ("001", "2024_huaian"). */
export function readShared(dir: 'seeds' | 'corpus', name: string): string {
  const file = listShared(dir).find((f) => f === name || f.startsWith(name));
  if (!file) throw new Error(`no file ${name} in shared/${dir}`);
  return fs.readFileSync(path.join(sharedFolder(dir), file), 'utf8');
}

/** The example reports the project ships (examples/, fictional, with the deliberate errors examples/README.md lists), as [name, text]. */
export function readExamples(): Array<[string, string]> {
  const dir = path.join(__dirname, '..', '..', 'examples');
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md')
    .sort()
    .map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]);
}

const cache = new Map<string, { text: string; doc: ReportDocument }>();

/** Parses a shared file once per test run. */
export function parseShared(dir: 'seeds' | 'corpus', name: string): { text: string; doc: ReportDocument } {
  const key = `${dir}/${name}`;
  let hit = cache.get(key);
  if (!hit) {
    const text = readShared(dir, name);
    hit = { text, doc: parseDocument(text) };
    cache.set(key, hit);
  }
  return hit;
}

/** 1-based line number (as an editor shows it) of an offset. */
export function lineNo(doc: ReportDocument, offset: number): number {
  return positionAt(doc.lineStarts, offset).line + 1;
}

/** The text of a 1-based line, without its line break. */
export function lineText(text: string, n: number): string {
  return text.split(/\r?\n/)[n - 1];
}

/** Every heading of a report's tree, in document order. */
export function allHeadings(report: Report): Heading[] {
  return headingsInOrder(report.headings);
}

/** The heading of a report whose title is `title` (and on 1-based `line` when given); fails when absent. */
export function headingByTitle(report: Report, title: string, line?: number): Heading {
  const h = allHeadings(report).find((x) => x.title.text === title && (line === undefined || x.line + 1 === line));
  if (!h) {
    const have = allHeadings(report).map((x) => `${x.line + 1}:${x.title.text}`).join(' | ');
    throw new Error(`no heading "${title}"${line ? ` on line ${line}` : ''}; have: ${have}`);
  }
  return h;
}

/** [1-based line, title] of the level-1 headings (the tree roots) of a report. */
export function level1(report: Report): Array<[number, string]> {
  return report.headings.map((h) => [h.line + 1, h.title.text]);
}
