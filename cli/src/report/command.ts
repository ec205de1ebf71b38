// `nianbao report <folder…> -o report.html`: checks a set of reports and writes one HTML page for reviewers.
import * as fs from 'node:fs';
import type { FileResult } from '../analyze';
import type { ReportArgs } from '../args';
import { checkAll } from '../checkAll';
import { withCrossYear } from '../crossYear';
import { findingsInWorkers, jobsFor, Workers } from '../pool';
import { progressOn } from '../progress';
import { reportPageParts, rowsOf } from './html';

export async function runReport(
  args: ReportArgs, err: (s: string) => void, stderr?: NodeJS.WriteStream,
  write: (text: string) => void = (text) => void process.stdout.write(text),
): Promise<number> {
  const checked: FileResult[] = [];
  const options = { era: args.era, kind: args.kind, withSummary: true };
  // Kept after the files' checks for the checks across years.
  const workers = new Workers(jobsFor(args.jobs));
  let set: Awaited<ReturnType<typeof checkAll>>;
  let results: FileResult[];
  try {
    set = await checkAll(args.paths, options, workers, err, (r) => checked.push(r), stderr && ((total) => progressOn(stderr, total, args.progress)));
    results = await withCrossYear(checked, options, findingsInWorkers(workers, options));
  } finally {
    await workers.close();
  }
  const parts = reportPageParts(results, set, { generated: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), paths: args.paths });
  const rows = rowsOf(results);
  const errors = rows.reduce((n, r) => n + r.errors, 0);
  if (args.output) {
    // Written piece by piece: the page of a large set is too big to hold as one string.
    const fd = fs.openSync(args.output, 'w');
    try {
      for (const part of parts) fs.writeSync(fd, part);
    } finally {
      fs.closeSync(fd);
    }
    err(`nianbao: 已写入 ${args.output}：${rows.length} 份报告，${errors} 个错误 / wrote ${args.output}: ${rows.length} report(s), ${errors} error(s)`);
  } else {
    for (const part of parts) write(part);
    write('\n');
  }
  if (set.exit === 2) return 2;
  return results.some((r) => r.counts.error > 0) ? 1 : 0;
}
