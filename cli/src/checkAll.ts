// The shared driver of `check` and `report`: expands the paths, checks every report file (in parallel with
// --jobs), says on stderr what was skipped or not checked, in file order whatever the number of jobs.
import type { AnalyzeOptions, FileResult } from './analyze';
import { expandPaths, MAX_REPORT_MB, BINARY } from './files';
import * as fs from 'node:fs';
import { analyzeAll, convertInWorker, EarlyFiles, Workers } from './pool';
import type { Progress } from './progress';

export interface CheckedSet {
  /** 2 when a file or folder was not checked, else 0. */
  exit: 0 | 2;
  /** Files found in folders that do not look like reports. */
  skipped: string[];
  /** Paths not checked, with the reason. */
  notChecked: Array<{ path: string; message: string }>;
}

export async function checkAll(
  paths: string[],
  options: AnalyzeOptions,
  /** A number of jobs, or workers the caller keeps for more (pool.ts). */
  jobs: number | Workers,
  err: (s: string) => void,
  each: (result: FileResult) => void,
  progress?: (total: number) => Progress,
): Promise<CheckedSet> {
  // Workers start while the paths are expanded, when they may hold several files (a folder, or more than one
  // path): loading the checker in each overlaps the search and the reading of the files' openings.
  const workers = typeof jobs === 'number' ? new Workers(jobs) : jobs;
  const several = paths.length > 1 || paths.some(isFolder);
  if (several) void workers.startFor(workers.jobs);
  try {
    return await checkExpanded(paths, options, workers, several && workers.jobs > 1, err, each, progress);
  } finally {
    if (workers !== jobs) await workers.close();
  }
}

function isFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false; // expandPaths says why
  }
}

async function checkExpanded(
  paths: string[],
  options: AnalyzeOptions,
  workers: Workers,
  /** Whether files found are sent to the (started) workers during the search. */
  sendEarly: boolean,
  err: (s: string) => void,
  each: (result: FileResult) => void,
  progress?: (total: number) => Progress,
): Promise<CheckedSet> {
  // Files found in a search are checked as a set (inSet) when there are two or more: those the workers can
  // start on while the search goes on are sent to them as it finds them.
  const setOptions = { ...options, inSet: true };
  const early = sendEarly ? new EarlyFiles(workers, setOptions) : undefined;
  // With workers, the documents found (web pages, Word files, PDFs) are converted by them, side by side, to tell
  // reports from other files; each conversion then goes with the file's check instead of being made again.
  const convert = sendEarly ? (file: string) => convertInWorker(workers, file) : undefined;
  const { files, errors, skipped } = await expandPaths(paths, early?.found, convert);
  const notChecked = [...errors];
  if (skipped.length) err(`nianbao: 跳过 ${skipped.length} 个看起来不是年度报告的文件 / skipped ${skipped.length} file(s) that do not look like reports: ${skipped.join(', ')}`);
  for (const e of errors) err(`nianbao: ${e.path}: ${e.message}`);
  const shown = new Set<string>();
  const bar = progress?.(files.length);
  const say = (s: string) => {
    bar?.clear();
    err(s);
  };
  await analyzeAll(files, files.length > 1 ? setOptions : { ...options, inSet: false }, workers, (r) => {
    if (r.notChecked !== undefined) {
      say(`nianbao: ${r.file}: ${r.notChecked}`);
      notChecked.push({ path: r.file, message: r.notChecked });
      return;
    }
    for (const note of r.importNotes ?? []) say(`nianbao: ${r.file}: ${note}`);
    if (r.truncated) say(`nianbao: ${r.file}: 文件大于 ${MAX_REPORT_MB} MB，只读取了开头部分 / larger than ${MAX_REPORT_MB} MB; only its beginning was read`);
    // A .nianbao.json with problems is named once, however many reports it applies to.
    for (const p of r.configProblems) {
      const line = `nianbao: ${r.configFile}: ${p}`;
      if (!shown.has(line)) say(line);
      shown.add(line);
    }
    each(r);
    if (r.binary) {
      say(`nianbao: ${r.file}: ${BINARY}`);
      notChecked.push({ path: r.file, message: BINARY });
    }
  }, bar && ((n) => bar.update(n)), early);
  bar?.clear();
  if (notChecked.length === 0) return { exit: 0, skipped, notChecked };
  err(`nianbao: ${notChecked.length} 个文件或文件夹未检查（原因见上）/ ${notChecked.length} file(s) or folder(s) not checked (see above)`);
  return { exit: 2, skipped, notChecked };
}
