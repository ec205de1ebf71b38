// Checks many files, on this thread (--jobs 1) or in worker threads (--jobs N), and hands the results on
// in the order of the files, whatever order the workers finish in: the output does not depend on N.
import * as os from 'node:os';
import * as path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { analyzeFile, type AnalyzeOptions, type FileResult } from './analyze';
import type { AcrossInWorker, ExtraFindings, JsonExtra } from './crossYear';
import type { Language } from '../../server/src/core';
import { takeConverted, type ReadReport } from './files';
import { withJsonEntry } from './jsonOutput';
import type { WorkerReply, WorkerRequest } from './worker';

/** `--jobs 0` or `auto`: one job per core. */
export function jobsFor(requested: number): number {
  if (requested > 0) return requested;
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/** The worker bundle, next to dist/cli.js. */
const WORKER_FILE = path.join(__dirname, 'cliWorker.js');

/** What a worker answered with an error: the stack of the exception it caught. */
class TaskError extends Error {}

interface Task {
  request: WorkerRequest;
  transfer: ArrayBuffer[];
  resolve: (result: unknown) => void;
  reject: (e: Error) => void;
}

/**
 * How many requests a worker holds at once: the one it works on and the next, so that it starts the next the
 * moment it answers instead of waiting for this thread to read the answer and send more (the workers' profiles
 * showed them idle for 4–8 % of a run, part of it while this thread searched the folders or wrote output).
 */
const IN_FLIGHT_PER_WORKER = 2;

/**
 * Up to `jobs` worker threads, started for the files' checks and kept for what follows them (the checks across
 * years): each works on one request at a time, in the order it was sent them (worker.ts), and requests are
 * handed out in the order they were asked for, to the worker holding fewest.
 */
export class Workers {
  private readonly threads: Worker[] = [];
  private readonly queue: Task[] = [];
  /** Per worker, the requests it was sent and has not answered yet, oldest first: it answers in that order. */
  private readonly sent = new Map<Worker, Task[]>();
  private failure: Error | undefined;
  private starting: Promise<boolean> | undefined;

  constructor(readonly jobs: number) {}

  /** Whether threads are running (started for a run of more than one file with more than one job). */
  get started(): boolean {
    return this.threads.length > 0;
  }

  /**
   * Starts the threads for `tasks` files (no more threads than files); false when this thread is to do it all.
   * Once started (or starting), every later call answers true, whatever its number of files.
   */
  startFor(tasks: number): Promise<boolean> {
    if (this.starting) return this.starting;
    const count = Math.min(this.jobs, tasks);
    if (count <= 1) return Promise.resolve(false);
    this.starting = this.start(count);
    return this.starting;
  }

  private async start(count: number): Promise<boolean> {
    // Loaded only for parallel runs: worker_threads brings much of Node's stream code with it.
    const { Worker: WorkerThread } = await import('node:worker_threads');
    for (let i = 0; i < count; i++) {
      const w = new WorkerThread(WORKER_FILE);
      w.on('message', (m: WorkerReply) => this.answered(w, m));
      w.on('error', (e) => this.fail(e));
      this.threads.push(w);
      this.sent.set(w, []);
    }
    this.next();
    return true;
  }

  /** The worker's answer to `request`; `transfer`: buffers that move to the worker with it. */
  run<T>(request: WorkerRequest, transfer: ArrayBuffer[] = []): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ request, transfer, resolve: resolve as (r: unknown) => void, reject });
      this.next();
    });
  }

  close(): Promise<unknown> {
    return Promise.all(this.threads.map((w) => w.terminate()));
  }

  private next(): void {
    while (this.queue.length) {
      const w = this.leastLoaded();
      if (!w) return;
      const task = this.queue.shift()!;
      this.sent.get(w)!.push(task);
      w.postMessage(task.request, task.transfer);
    }
  }

  /** The worker holding fewest requests (the first of them), if one can take another. */
  private leastLoaded(): Worker | undefined {
    let best: Worker | undefined;
    for (const w of this.threads) {
      const held = this.sent.get(w)!.length;
      if (held < IN_FLIGHT_PER_WORKER && (!best || held < this.sent.get(best)!.length)) best = w;
    }
    return best;
  }

  private answered(w: Worker, m: WorkerReply): void {
    const task = this.sent.get(w)?.shift();
    if (m.error !== undefined) task?.reject(new TaskError(m.error));
    else task?.resolve(m.result);
    this.next();
  }

  private fail(e: Error): void {
    this.failure ??= e;
    const held = [...this.sent.values()].flatMap((tasks) => tasks.splice(0));
    for (const task of [...held, ...this.queue.splice(0)]) task.reject(e);
  }
}

/**
 * A file's check in a worker, its error named after the file. A document converted while the folder was searched
 * goes with it, so that it is not converted again.
 */
function inWorker(workers: Workers, file: string, options: AnalyzeOptions): Promise<FileResult> {
  const result = workers.run<FileResult>({ kind: 'file', file, options, read: takeConverted(file) }).catch(namedAfter(file));
  // Every failure is handled where the results are read, in file order; none may go unhandled meanwhile.
  result.catch(() => {});
  return result;
}

/** A document found in a folder, converted by a worker for the search (files.ts); an error named after the file. */
export function convertInWorker(workers: Workers, file: string): Promise<ReadReport> {
  return workers.run<ReadReport>({ kind: 'convert', file }).catch(namedAfter(file));
}

/** Rethrows what a worker answered with an error about `file` as an error named after the file. */
function namedAfter(file: string): (e: Error) => never {
  return (e) => {
    throw e instanceof TaskError ? new Error(`${file}: ${e.message}`) : e;
  };
}

/**
 * Files sent to the workers while the folders are still searched, once two reports are found (and so the
 * files are checked as a set): the workers check the first files while this thread reads the others' openings.
 */
export class EarlyFiles {
  private readonly sent = new Map<string, Promise<FileResult>>();
  private readonly waiting: string[] = [];

  constructor(private readonly workers: Workers, private readonly options: AnalyzeOptions) {}

  /** For expandPaths: a file to check. */
  readonly found = (file: string): void => {
    this.waiting.push(file);
    if (this.waiting.length < 2 && this.sent.size === 0) return;
    for (const f of this.waiting.splice(0)) this.sent.set(f, inWorker(this.workers, f, this.options));
  };

  /** The check of `file`, if it was sent with these options (the same object). */
  take(file: string, options: AnalyzeOptions): Promise<FileResult> | undefined {
    if (options !== this.options) return undefined;
    const result = this.sent.get(file);
    this.sent.delete(file);
    return result;
  }
}

/**
 * Calls `each` with every file's result in file order; `done(n)` after each file finishes (for progress).
 * With more than one job, the files are queued for the workers, which take the next as they become free;
 * `early` holds those sent while the folders were searched.
 * The caller owns `workers` (kept for the checks across years) and closes them.
 */
export async function analyzeAll(
  files: string[],
  options: AnalyzeOptions,
  workers: Workers,
  each: (result: FileResult) => void,
  done?: (finished: number) => void,
  early?: EarlyFiles,
): Promise<void> {
  if (!(await workers.startFor(files.length))) {
    for (let i = 0; i < files.length; i++) {
      each(withJsonEntry(await analyzeFile(files[i], options), options));
      done?.(i + 1);
    }
    return;
  }
  let finished = 0;
  const pending: Array<Promise<FileResult> | undefined> = files.map((file) => {
    const result = early?.take(file, options) ?? inWorker(workers, file, options);
    return result.then((r) => {
      done?.(++finished);
      return r;
    });
  });
  for (const p of pending) p!.catch(() => {});
  for (let i = 0; i < files.length; i++) {
    const result = await pending[i]!;
    pending[i] = undefined; // let it be collected once handed on
    each(result);
  }
}

/** The checks across years in the workers, when they run, for crossYear.ts' withCrossYear. */
export function findingsInWorkers(workers: Workers, options: AnalyzeOptions): AcrossInWorker<ExtraFindings> | undefined {
  if (!workers.started) return undefined;
  return (group, transfer) => workers.run({ kind: 'acrossFindings', entries: group, options }, transfer);
}

/** The same for the JSON output (crossYear.ts' jsonWithCrossYear): each file's diagnostics as JSON. */
export function jsonInWorkers(workers: Workers, options: AnalyzeOptions, lang: Language): AcrossInWorker<JsonExtra> | undefined {
  if (!workers.started) return undefined;
  return (group, transfer) => workers.run({ kind: 'across', entries: group, options, lang }, transfer);
}
