// `nianbao report <folder…> -o report.html`: checks a set of reports and writes one HTML page for reviewers.
import * as fs from 'node:fs';
import type { FileResult } from '../analyze';
import type { ReportArgs } from '../args';
import { checkAll } from '../checkAll';
import { withCrossYear } from '../crossYear';
import { jobsFor } from '../pool';
import { progressOn } from '../progress';
import { reportPage, rowsOf } from './html';

export async function runReport(args: ReportArgs, out: (s: string) => void, err: (s: string) => void, stderr?: NodeJS.WriteStream): Promise<number> {
  const checked: FileResult[] = [];
  const options = { era: args.era, kind: args.kind, withSummary: true };
  const set = await checkAll(args.paths, options, jobsFor(args.jobs), err, (r) => checked.push(r), stderr && ((total) => progressOn(stderr, total, args.progress)));
  const results = await withCrossYear(checked, options);
  const page = reportPage(results, set, { generated: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), paths: args.paths });
  const rows = rowsOf(results);
  const errors = rows.reduce((n, r) => n + r.errors, 0);
  if (args.output) {
    fs.writeFileSync(args.output, page);
    err(`nianbao: 已写入 ${args.output}：${rows.length} 份报告，${errors} 个错误 / wrote ${args.output}: ${rows.length} report(s), ${errors} error(s)`);
  } else out(page);
  if (set.exit === 2) return 2;
  return results.some((r) => r.counts.error > 0) ? 1 : 0;
}
