// `nianbao check`: text output in the usual linter form, or the stable JSON shape (version 1).
import * as path from 'node:path';
import { collectFindings, limitFindings, localize, mergeConfigs, parseDocument, positionAt, type Finding, type Language, type ReportDocument } from '../../server/src/core';
import type { CheckArgs } from './args';
import { forEachReport } from './files';
import { configFor } from '../../server/src/node/configFile';

interface JsonRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

function range(doc: ReportDocument, start: number, end: number): JsonRange {
  return { start: positionAt(doc.lineStarts, start), end: positionAt(doc.lineStarts, end) };
}

function jsonFile(path: string, doc: ReportDocument, findings: Finding[], args: CheckArgs) {
  return {
    path,
    reports: doc.reports.map((r) => ({
      title: r.title?.text ?? null,
      year: r.year ?? null,
      era: r.era,
      kind: r.kind,
      range: range(doc, r.title ? Math.min(r.title.start, r.start) : r.start, r.end),
    })),
    diagnostics: findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      range: range(doc, f.start, f.end),
      message: localize(f.message, args.lang),
    })),
  };
}

const warned = new Set<string>();
function warnOnce(message: string, err: (s: string) => void): void {
  if (warned.has(message)) return;
  warned.add(message);
  err(message);
}

/**
 * The last line of a text run, so that a clean run is not silence: "检查了 3 份报告：2 个错误，1 个警告" /
 * "检查了 1 份报告：未发现问题". Written to stderr: stdout keeps only `path:line:col …` lines for tools.
 */
export function summaryLine(files: number, counts: Record<Finding['severity'], number>, lang: Language): string {
  const notes = counts.information + counts.hint;
  if (lang === 'en') {
    const n = (k: number, one: string) => `${k} ${one}${k === 1 ? '' : 's'}`;
    const head = `Checked ${n(files, 'report')}`;
    if (!counts.error && !counts.warning && !notes) return `${head}: no problems found`;
    return `${head}: ${[n(counts.error, 'error'), n(counts.warning, 'warning'), ...(notes ? [n(notes, 'note')] : [])].join(', ')}`;
  }
  const head = `检查了 ${files} 份报告`;
  if (!counts.error && !counts.warning && !notes) return `${head}：未发现问题`;
  return `${head}：${[`${counts.error} 个错误`, `${counts.warning} 个警告`, ...(notes ? [`${notes} 条提示`] : [])].join('，')}`;
}

export async function runCheck(args: CheckArgs, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const json: ReturnType<typeof jsonFile>[] = [];
  let anyError = false;
  let checked = 0;
  const counts: Record<Finding['severity'], number> = { error: 0, warning: 0, information: 0, hint: 0 };
  const exit = await forEachReport(args.paths, err, (file, text) => {
    const found = configFor(file);
    for (const p of found.problems) warnOnce(`nianbao: ${found.file}: ${p}`, err);
    const config = mergeConfigs(found.config, { era: args.era, kind: args.kind });
    const doc = parseDocument(text, { era: config.era, kind: config.kind, fileName: path.basename(file) });
    const all = collectFindings(doc, config);
    // The exit code counts every finding, also those --max-findings leaves out of the output.
    if (all.some((f) => f.severity === 'error')) anyError = true;
    checked++;
    for (const f of all) counts[f.severity]++; // the summary too
    const findings = args.maxFindings ? limitFindings(all, args.maxFindings, text) : all;
    if (args.format === 'json') json.push(jsonFile(file, doc, findings, args));
    else {
      for (const f of findings) {
        const p = positionAt(doc.lineStarts, f.start);
        out(`${file}:${p.line + 1}:${p.character + 1} ${f.severity} ${f.ruleId} ${localize(f.message, args.lang)}`);
      }
    }
    return doc;
  });
  if (args.format === 'json') out(JSON.stringify({ version: 1, files: json }, null, 2));
  else err(summaryLine(checked, counts, args.lang));
  // A file not checked outweighs errors found in the others: its errors are unknown.
  if (exit === 2) return 2;
  return anyError ? 1 : 0;
}
