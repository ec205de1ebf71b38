// `nianbao check`: text output in the usual linter form, the stable JSON shape (version 1), or SARIF 2.1.0.
import { localize, type Finding, type Language } from '../../server/src/core';
import type { FileResult } from './analyze';
import type { CheckArgs } from './args';
import { checkAll } from './checkAll';
import { withCrossYear } from './crossYear';
import { jobsFor } from './pool';
import { progressOn } from './progress';
import { sarifLog } from './sarif';
import { placeSuffix } from '../../server/src/import/anchors';

/** One file in the JSON output: its shape is a contract (version 1). */
function jsonFile(r: FileResult, lang: Language) {
  return {
    path: r.file,
    reports: r.reports.map((x) => ({ title: x.title, year: x.year, era: x.era, kind: x.kind, range: x.range })),
    // `source` (optional): where an imported file's finding was in the original (PDF page and line…).
    diagnostics: r.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, range: f.range, message: localize(f.message, lang), ...(f.source ? { source: f.source } : {}) })),
  };
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

/**
 * Writes `{ version: 1, files }` file by file, exactly as JSON.stringify(…, null, 2) would in one string: a
 * thousand files' output is too large to build at once.
 */
class JsonFiles {
  private pending: string | undefined;
  constructor(private readonly out: (s: string) => void) {}

  add(file: ReturnType<typeof jsonFile>): void {
    if (this.pending === undefined) this.out('{\n  "version": 1,\n  "files": [');
    else this.out(`${this.pending},`);
    // Nested twice, the file's JSON comes out indented as in the list: "[\n  [\n" + file + "\n  ]\n]".
    const nested = JSON.stringify([[file]], null, 2);
    this.pending = nested.slice(6, -6);
  }

  end(): void {
    if (this.pending === undefined) this.out('{\n  "version": 1,\n  "files": []\n}');
    else this.out(`${this.pending}\n  ]\n}`);
  }
}

export async function runCheck(args: CheckArgs, out: (s: string) => void, err: (s: string) => void, stderr?: NodeJS.WriteStream): Promise<number> {
  const json = new JsonFiles(out);
  const kept: FileResult[] = [];
  let anyError = false;
  let checked = 0;
  const counts: Record<Finding['severity'], number> = { error: 0, warning: 0, information: 0, hint: 0 };
  const options = { era: args.era, kind: args.kind, maxFindings: args.maxFindings, withFixes: args.format === 'sarif' };
  const results: FileResult[] = [];
  const set = await checkAll(args.paths, options, jobsFor(args.jobs), err, (r) => results.push(r), stderr && ((total) => progressOn(stderr, total, args.progress)));
  // The same issuer's reports of consecutive years are checked together once every file is in.
  for (const r of await withCrossYear(results, options)) {
    // The exit code counts every finding, also those --max-findings leaves out of the output.
    if (r.counts.error > 0) anyError = true;
    checked++;
    for (const k of Object.keys(counts) as Finding['severity'][]) counts[k] += r.counts[k]; // the summary too
    if (args.format === 'json') json.add(jsonFile(r, args.lang));
    else if (args.format === 'sarif') kept.push(r);
    else {
      for (const f of r.findings) {
        out(`${r.file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.ruleId} ${localize(f.message, args.lang)}${placeSuffix(f.source, args.lang)}`);
      }
    }
  }
  // A file not checked outweighs errors found in the others: its errors are unknown.
  const exit = set.exit === 2 ? 2 : anyError ? 1 : 0;
  if (args.format === 'json') json.end();
  else if (args.format === 'sarif') out(JSON.stringify(sarifLog(kept, set, exit, args.lang), null, 2));
  else err(summaryLine(checked, counts, args.lang));
  return exit;
}
