// Checks many files, on this thread (--jobs 1) or in worker threads (--jobs N), and hands the results on
// in the order of the files, whatever order the workers finish in: the output does not depend on N.
import * as os from 'node:os';
import * as path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { analyzeFile, type AnalyzeOptions, type FileResult } from './analyze';
import { withJsonEntry } from './jsonOutput';
import type { WorkerRequest } from './worker';

/** `--jobs 0` or `auto`: one job per core. */
export function jobsFor(requested: number): number {
  if (requested > 0) return requested;
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/** The worker bundle, next to dist/cli.js. */
const WORKER_FILE = path.join(__dirname, 'cliWorker.js');

/**
 * Calls `each` with every file's result in file order; `done(n)` after each file finishes (for progress).
 * With more than one job, files go to the workers one at a time as they become free.
 */
export async function analyzeAll(
  files: string[],
  options: AnalyzeOptions,
  jobs: number,
  each: (result: FileResult) => void,
  done?: (finished: number) => void,
): Promise<void> {
  const workers = Math.min(jobs, files.length);
  if (workers <= 1) {
    for (let i = 0; i < files.length; i++) {
      each(withJsonEntry(await analyzeFile(files[i], options), options));
      done?.(i + 1);
    }
    return;
  }
  // Loaded only for parallel runs: worker_threads brings much of Node's stream code with it.
  const { Worker: WorkerThread } = await import('node:worker_threads');
  const results: Array<FileResult | undefined> = new Array(files.length);
  let next = 0; // the next file to hand out
  let emitted = 0; // results before this index were handed to `each`
  let finished = 0;
  await new Promise<void>((resolve, reject) => {
    const pool: Worker[] = [];
    let failed = false;
    const stop = () => Promise.all(pool.map((w) => w.terminate()));
    const send = (w: Worker) => {
      if (next >= files.length) return;
      const req: WorkerRequest = { index: next, file: files[next], options };
      next++;
      w.postMessage(req);
    };
    for (let i = 0; i < workers; i++) {
      const w = new WorkerThread(WORKER_FILE);
      pool.push(w);
      w.on('message', (m: { index: number; result?: FileResult; error?: string }) => {
        if (failed) return;
        if (m.error !== undefined || !m.result) {
          failed = true;
          void stop().then(() => reject(new Error(`${files[m.index]}: ${m.error}`)));
          return;
        }
        results[m.index] = m.result;
        done?.(++finished);
        while (emitted < files.length && results[emitted]) {
          each(results[emitted]!);
          results[emitted++] = undefined; // let it be collected
        }
        if (emitted === files.length) void stop().then(() => resolve());
        else send(w);
      });
      w.on('error', (e) => {
        if (failed) return;
        failed = true;
        void stop().then(() => reject(e));
      });
      send(w);
    }
  });
}
