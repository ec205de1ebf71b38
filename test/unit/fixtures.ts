// Reads the real reports in ../shared (seeds/ and corpus/) and offers small helpers for the parser tests.
// The shared files are real published documents: tests only read them, never change them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { headingsInOrder } from '../../server/src/core/parse/headings';
import { parseDocument, positionAt, type Heading, type Report, type ReportDocument } from '../../server/src/core';

function sharedDir(): string {
  // test/unit → project root → its parent, where shared/ lives; fall back to the working directory (the project root).
  const candidates = [path.join(__dirname, '..', '..', '..', 'shared'), path.join(process.cwd(), '..', 'shared')];
  for (const c of candidates) if (fs.existsSync(path.join(c, 'seeds'))) return c;
  throw new Error(`shared/ not found (looked in ${candidates.join(', ')})`);
}

export const SHARED = sharedDir();

/** The names of the files in shared/<dir> (seeds or corpus) that hold reports. */
export function listShared(dir: 'seeds' | 'corpus'): string[] {
  return fs
    .readdirSync(path.join(SHARED, dir))
    .filter((f) => /\.(txt|md)$/.test(f) && f !== 'INDEX.md')
    .sort();
}

/** The text of a shared file, found by its name or the start of its name ("001", "2024_huaian"). */
export function readShared(dir: 'seeds' | 'corpus', name: string): string {
  const file = listShared(dir).find((f) => f === name || f.startsWith(name));
  if (!file) throw new Error(`no file ${name} in shared/${dir}`);
  return fs.readFileSync(path.join(SHARED, dir, file), 'utf8');
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
