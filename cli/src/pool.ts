// Checks many files, on this thread (--jobs 1) or in worker threads (--jobs N), and hands the results on
// in the order of the files, whatever order the workers finish in: the output does not depend on N.
import * as os from 'node:os';
import * as path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { analyzeFile, type AnalyzeOptions, type FileResult } from './analyze';
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
 * Up to `jobs` worker threads, started for the files' checks and kept for what follows them (the checks across
 * years): each works on one request at a time, handed out in the order they were asked for.
 */
export class Workers {
  private readonly threads: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Task[] = [];
  private readonly busy = new Map<Worker, Task>();
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
      this.idle.push(w);
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
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      const task = this.queue.shift()!;
      this.busy.set(w, task);
      w.postMessage(task.request, task.transfer);
    }
  }

  private answered(w: Worker, m: WorkerReply): void {
    const task = this.busy.get(w);
    this.busy.delete(w);
    this.idle.push(w);
    if (m.error !== undefined) task?.reject(new TaskError(m.error));
    else task?.resolve(m.result);
    this.next();
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const task of [...this.busy.values(), ...this.queue.splice(0)]) task.reject(e);
    this.busy.clear();
  }
}

/**
 * Calls `each` with every file's result in file order; `done(n)` after each file finishes (for progress).
 * With more than one job, the files are queued for the workers, which take the next as they become free.
 * The caller owns `workers` (kept for the checks across years) and closes them.
 */
export async function analyzeAll(
  files: string[],
  options: AnalyzeOptions,
  workers: Workers,
  each: (result: FileResult) => void,
  done?: (finished: number) => void,
): Promise<void> {
  if (!(await workers.startFor(files.length))) {
    for (let i = 0; i < files.length; i++) {
      each(withJsonEntry(await analyzeFile(files[i], options), options));
      done?.(i + 1);
    }
    return;
  }
  let finished = 0;
  const pending: Array<Promise<FileResult> | undefined> = files.map((file) =>
    workers.run<FileResult>({ kind: 'file', file, options }).then(
      (r) => {
        done?.(++finished);
        return r;
      },
      (e: Error) => {
        throw e instanceof TaskError ? new Error(`${file}: ${e.message}`) : e;
      },
    ));
  // Every failure is handled below, in file order; none may go unhandled while an earlier file is awaited.
  for (const p of pending) p!.catch(() => {});
  for (let i = 0; i < files.length; i++) {
    const result = await pending[i]!;
    pending[i] = undefined; // let it be collected once handed on
    each(result);
  }
}
