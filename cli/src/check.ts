// `nianbao check`: text output in the usual linter form, the stable JSON shape (version 1), or SARIF 2.1.0.
import { localize, type Finding, type Language } from '../../server/src/core';
import type { FileResult } from './analyze';
import type { CheckArgs } from './args';
import { checkAll } from './checkAll';
import { jsonWithCrossYear, waitsForCrossYear, withCrossYear } from './crossYear';
import { jsonEntryOf, JsonWriter } from './jsonOutput';
import { findingsInWorkers, jobsFor, jsonInWorkers, Workers } from './pool';
import { progressOn } from './progress';
import { writeSarif } from './sarif';
import { placeSuffix } from '../../server/src/import/anchors';

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
 * `write`: the JSON output's bytes (stdout). Without --max-findings, the JSON output is written from the
 * entries the files' checks made (jsonOutput.ts), as they come in file order, up to the first file that waits
 * for the checks across years; every result is held until then otherwise.
 */
export async function runCheck(
  args: CheckArgs, out: (s: string) => void, err: (s: string) => void, stderr?: NodeJS.WriteStream,
  write: (bytes: Uint8Array) => void = (bytes) => void process.stdout.write(bytes),
): Promise<number> {
  const kept: FileResult[] = [];
  let anyError = false;
  let checked = 0;
  const counts: Record<Finding['severity'], number> = { error: 0, warning: 0, information: 0, hint: 0 };
  const entries = args.format === 'json' && !args.maxFindings;
  const options = { era: args.era, kind: args.kind, maxFindings: args.maxFindings, withFixes: args.format === 'sarif', ...(entries ? { jsonLang: args.lang } : {}) };
  const tally = (r: FileResult) => {
    // The exit code counts every finding, also those --max-findings leaves out of the output.
    if (r.counts.error > 0) anyError = true;
    checked++;
    for (const k of Object.keys(counts) as Finding['severity'][]) counts[k] += r.counts[k]; // the summary too
  };
  const json = new JsonWriter(write);
  const results: FileResult[] = [];
  const each = entries
    ? (r: FileResult) => {
      if (results.length || waitsForCrossYear(r)) results.push(r);
      else {
        tally(r);
        json.add([r.json!.bytes]);
      }
    }
    : (r: FileResult) => void results.push(r);
  // Kept after the files' checks for the checks across years (JSON output).
  const workers = new Workers(jobsFor(args.jobs));
  let set: Awaited<ReturnType<typeof checkAll>>;
  let spliced: Awaited<ReturnType<typeof jsonWithCrossYear>> = [];
  let final: FileResult[] = [];
  try {
    set = await checkAll(args.paths, options, workers, err, each, stderr && ((total) => progressOn(stderr, total, args.progress)));
    // The same issuer's reports of consecutive years are checked together once every file is in.
    if (entries) spliced = await jsonWithCrossYear(results, options, args.lang, jsonInWorkers(workers, options, args.lang));
    else final = await withCrossYear(results, options, findingsInWorkers(workers, options));
  } finally {
    await workers.close();
  }
  if (entries) {
    for (const { result, pieces } of spliced) {
      tally(result);
      json.add(pieces);
    }
  } else {
    const lines = new LineBatch(out);
    for (const r of final) {
      tally(r);
      if (args.format === 'json') json.add([jsonEntryOf(r, args.lang).bytes]);
      else if (args.format === 'sarif') kept.push(r);
      else {
        for (const f of r.findings) {
          lines.add(`${r.file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.ruleId} ${localize(f.message, args.lang)}${placeSuffix(f.source, args.lang)}`);
        }
      }
    }
    lines.flush();
  }
  // A file not checked outweighs errors found in the others: its errors are unknown.
  const exit = set.exit === 2 ? 2 : anyError ? 1 : 0;
  if (args.format === 'json') json.end();
  else if (args.format === 'sarif') writeSarif(kept, set, exit, args.lang, (text) => write(Buffer.from(text)));
  else {
    // After every line: stdout may still hold some when it is a pipe (2>&1 | tee log).
    await stdoutFlushed();
    err(summaryLine(checked, counts, args.lang));
  }
  return exit;
}

/**
 * Resolves once what was written to stdout has gone out. A write to a pipe that is full is finished later by
 * the event loop; a line written to stderr meanwhile would land inside the output when both go to one pipe.
 */
function stdoutFlushed(): Promise<void> {
  if (!process.stdout.writableLength) return Promise.resolve();
  return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}

/**
 * Lines handed to `out` (which ends each with a line break) several at a time, joined by line breaks: the same
 * text in far fewer writes. A thousand reports' text output is some 150,000 lines, and a write each took most
 * of a second of this thread's time. Every line is written before the summary goes to stderr.
 */
export class LineBatch {
  private lines: string[] = [];
  private size = 0;

  constructor(private readonly out: (s: string) => void, private readonly batchSize = 1 << 16) {}

  add(line: string): void {
    this.lines.push(line);
    this.size += line.length + 1;
    if (this.size >= this.batchSize) this.flush();
  }

  flush(): void {
    if (!this.lines.length) return;
    this.out(this.lines.join('\n'));
    this.lines = [];
    this.size = 0;
  }
}
