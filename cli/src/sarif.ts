// `nianbao check --format sarif`: SARIF 2.1.0 (OASIS), for code-scanning services and SARIF viewers.
// One run; tool.driver lists every rule; columns are UTF-16 code units, 1-based, as the run declares.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FINDINGS_LIMIT_ID, localize, RULES, type Language, type LocalizedText, type Severity } from '../../server/src/core';
import type { FileResult, JsonRange } from './analyze';
import type { CheckedSet } from './checkAll';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const VERSION = '0.1.0';

/** Findings that come from the parser or the CLI rather than a rule, with what they mean. */
const OTHER_IDS: Array<{ id: string; level: Severity; title: LocalizedText }> = [
  { id: 'binary-content', level: 'warning', title: { zh: '文件含有二进制内容，未作检查', en: 'Binary content; not checked' } },
  { id: 'document-truncated', level: 'information', title: { zh: '文档过长，只检查了开头部分', en: 'Document too long; only its beginning was checked' } },
  { id: 'table-unreadable', level: 'warning', title: { zh: '统计表无法读取', en: 'A statistics table could not be read' } },
  { id: 'table-incomplete', level: 'warning', title: { zh: '统计表不完整', en: 'A statistics table is incomplete' } },
  { id: FINDINGS_LIMIT_ID, level: 'information', title: { zh: '检查结果过多，部分未显示', en: 'More findings than shown' } },
];

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** The docs shipped beside dist/ (docs/rules/<id>.md), as a file URL when they are there. */
function helpUri(id: string): string | undefined {
  const file = path.join(__dirname, '..', 'docs', 'rules', `${id}.md`);
  return fs.existsSync(file) ? pathToFileURL(file).href : undefined;
}

const both = (t: LocalizedText, lang: Language) => (lang === 'en' ? `${t.en} / ${t.zh}` : `${t.zh} / ${t.en}`);

function driverRules(lang: Language) {
  const rules = RULES.map((r) => {
    const m = r.meta;
    const uri = helpUri(m.id);
    return {
      id: m.id,
      name: m.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
      shortDescription: { text: both(m.title, lang) },
      fullDescription: { text: lang === 'en' ? `${m.doc.what.en}\n\n${m.doc.what.zh}` : `${m.doc.what.zh}\n\n${m.doc.what.en}` },
      ...(uri ? { helpUri: uri } : {}),
      help: { text: `${m.doc.why.zh}\n\n${m.doc.why.en}`, markdown: `${m.doc.why.zh}\n\n*${m.doc.why.en}*\n\n[docs/rules/${m.id}.md](docs/rules/${m.id}.md)` },
      defaultConfiguration: { level: LEVEL[m.defaultSeverity] },
      properties: { category: m.category, fix: m.fix, docs: `docs/rules/${m.id}.md`, title: m.title },
    };
  });
  const others = OTHER_IDS.map((o) => ({
    id: o.id,
    name: o.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: both(o.title, lang) },
    defaultConfiguration: { level: LEVEL[o.level] },
    properties: { category: o.id === FINDINGS_LIMIT_ID ? 'cli' : 'parser', title: o.title },
  }));
  return [...rules, ...others];
}

/** A path relative to the current folder as a URI reference ("../shared/corpus/a%20b.md"). */
export function relativeUri(file: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');
  return rel.split('/').map((s) => (s === '..' || s === '.' ? s : encodeURIComponent(s))).join('/');
}

function region(r: JsonRange) {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

function artifact(file: string) {
  return { uri: relativeUri(file), uriBaseId: '%SRCROOT%' };
}

/** One file's findings as SARIF results. */
function sarifResultsOf(file: FileResult, ruleIndex: ReadonlyMap<string, number>, lang: Language) {
  return file.findings.map((f) => {
    const index = ruleIndex.get(f.ruleId);
    return {
      ruleId: f.ruleId,
      ...(index !== undefined ? { ruleIndex: index } : {}),
      level: LEVEL[f.severity],
      message: { text: localize(f.message, lang) },
      locations: [{ physicalLocation: { artifactLocation: artifact(file.file), region: region(f.range) } }],
      ...(f.safeFixes
        ? {
          fixes: f.safeFixes.map((x) => ({
            description: { text: localize(x.title, lang) },
            artifactChanges: [{
              artifactLocation: artifact(file.file),
              replacements: x.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
            }],
          })),
        }
        : {}),
      // `source`: where an imported file's finding was in the original (PDF page and line, Word paragraph…).
      properties: { severity: f.severity, message: f.message, ...(f.source ? { source: f.source } : {}) },
    };
  });
}

type DriverRules = ReturnType<typeof driverRules>;

const ruleIndexOf = (rules: DriverRules) => new Map(rules.map((r, i) => [r.id, i]));

/** The log with the results of `results`. */
export function sarifLog(results: FileResult[], set: CheckedSet, exitCode: number, lang: Language) {
  const rules = driverRules(lang);
  const ruleIndex = ruleIndexOf(rules);
  return logOf(rules, results.flatMap((file) => sarifResultsOf(file, ruleIndex, lang)), set, exitCode, lang);
}

/** The log around its results (`results`, the last key of the run). */
function logOf(rules: DriverRules, sarifResults: ReturnType<typeof sarifResultsOf>, set: CheckedSet, exitCode: number, lang: Language) {
  const notifications = [
    ...set.notChecked.map((n) => ({
      level: 'error' as const,
      message: { text: n.message },
      locations: [{ physicalLocation: { artifactLocation: artifact(n.path) } }],
      descriptor: { id: 'not-checked' },
    })),
    ...set.skipped.map((s) => ({
      level: 'note' as const,
      message: { text: '看起来不是年度报告，跳过 / does not look like a report; skipped' },
      locations: [{ physicalLocation: { artifactLocation: artifact(s) } }],
      descriptor: { id: 'skipped' },
    })),
  ];
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'nianbao',
          fullName: 'nianbao — 政府信息公开工作年度报告检查工具 / checker for annual reports on open government information',
          version: VERSION,
          semanticVersion: VERSION,
          rules,
        },
      },
      invocations: [{ executionSuccessful: exitCode !== 2, exitCode, toolExecutionNotifications: notifications }],
      originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(process.cwd() + path.sep).href } },
      columnKind: 'utf16CodeUnits',
      language: lang === 'en' ? 'en' : 'zh-CN',
      results: sarifResults,
    }],
  };
}

/** The results key as JSON.stringify(…, null, 2) writes it (the last key of the only run), and what closes the run and the log. */
const RESULTS_KEY = '"results": [';
const RUN_END = '\n    }\n  ]\n}';
/** The indentation of a result in the list (depth 4). */
const RESULT_INDENT = ' '.repeat(8);

/**
 * Writes JSON.stringify(sarifLog(results, …), null, 2) and a line break, file by file: the log of a thousand
 * reports is hundreds of megabytes as one string (1.7 GB of memory at the peak). Each file's result is released
 * (`results[i]` set to undefined) once written.
 */
export function writeSarif(results: Array<FileResult | undefined>, set: CheckedSet, exitCode: number, lang: Language, write: (text: string) => void): void {
  const rules = driverRules(lang);
  const head = JSON.stringify(logOf(rules, [], set, exitCode, lang), null, 2);
  const emptyTail = `${RESULTS_KEY}]${RUN_END}`;
  if (!head.endsWith(emptyTail)) throw new Error('SARIF: the results are no longer the last key of the run');
  const before = head.slice(0, head.length - emptyTail.length);
  const ruleIndex = ruleIndexOf(rules);
  let first = true;
  for (let i = 0; i < results.length; i++) {
    const file = results[i]!;
    results[i] = undefined;
    const items = sarifResultsOf(file, ruleIndex, lang);
    if (!items.length) continue;
    const text = items.map((r) => RESULT_INDENT + JSON.stringify(r, null, 2).replace(/\n/g, `\n${RESULT_INDENT}`)).join(',\n');
    write(first ? `${before}${RESULTS_KEY}\n${text}` : `,\n${text}`);
    first = false;
  }
  write(first ? `${head}\n` : `\n      ]${RUN_END}\n`);
}
