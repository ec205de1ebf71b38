// Runs the indexing of files off the server's thread: a few index workers (dist/server.js in its index role), each sent at
// most two files at a time so that a cancelled pass stops soon, started on demand and ended when idle (their
// memory goes with them). Without the worker file (the server run from source) the files are indexed on the
// server's thread, one per turn of the event loop.
import { Worker } from 'node:worker_threads';
import * as fs from 'node:fs';
import { runCrossChecks, type CrossJob } from './crossChecks';
import { indexFile, type IndexedFile, type IndexJob, type NotIndexed } from './indexFile';
import { workerDataFor } from '../workerRole';

export type ToIndexWorker = { type: 'file'; id: number; job: IndexJob } | { type: 'cross'; id: number; job: CrossJob };
export type FromIndexWorker = { id: number; result: unknown } | { id: number; error: string };

type Task = { message: ToIndexWorker; resolve(v: unknown): void; reject(e: unknown): void };

const IN_FLIGHT = 2;
const YOUNG_GENERATION_MB = 8;
/** An idle worker is ended after this long. */
const IDLE_MS = 5_000;

export class CancelledIndexing extends Error {}

class IndexWorker {
  readonly worker: Worker;
  readonly running = new Map<number, Task>();
  private idleTimer?: ReturnType<typeof setTimeout>;

  constructor(file: string, private readonly onGone: (w: IndexWorker, err: unknown) => void, private readonly onIdle: (w: IndexWorker) => void) {
    // The server's stdout carries the protocol: whatever the worker prints goes to stderr instead.
    // A small young generation: files are parsed and dropped one after another, so little survives a scavenge,
    // and each worker's memory stays tens of MB lower than with the default.
    this.worker = new Worker(file, { stdout: true, workerData: workerDataFor('index'), resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    this.worker.stdout.pipe(process.stderr);
    this.worker.unref();
    this.worker.on('message', (m: FromIndexWorker) => {
      const task = this.running.get(m.id);
      if (!task) return;
      this.running.delete(m.id);
      if ('error' in m) task.reject(new Error(m.error));
      else task.resolve(m.result);
      this.onIdle(this);
    });
    this.worker.on('error', (err) => this.gone(err));
    this.worker.on('exit', (code) => this.gone(new Error(`索引线程退出 / the index worker exited with code ${code}`)));
  }

  send(task: Task): void {
    clearTimeout(this.idleTimer);
    this.running.set(task.message.id, task);
    this.worker.postMessage(task.message);
  }

  /** Ends the thread; resolves once it has exited. */
  async end(): Promise<void> {
    clearTimeout(this.idleTimer);
    await this.worker.terminate();
  }

  endWhenIdle(end: () => void): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(end, IDLE_MS);
    this.idleTimer.unref?.();
  }

  private gone(err: unknown): void {
    clearTimeout(this.idleTimer);
    for (const t of this.running.values()) t.reject(err);
    this.running.clear();
    this.onGone(this, err);
  }
}

export class IndexRunner {
  private readonly workers: IndexWorker[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private readonly useWorkers: boolean;

  constructor(private readonly file: string, private readonly maxWorkers: number) {
    this.useWorkers = fs.existsSync(file);
  }

  index(job: IndexJob): Promise<IndexedFile | NotIndexed> {
    return this.submit({ type: 'file', id: this.nextId++, job }) as Promise<IndexedFile | NotIndexed>;
  }

  cross(job: CrossJob): Promise<Array<[string, unknown]>> {
    return this.submit({ type: 'cross', id: this.nextId++, job }) as Promise<Array<[string, unknown]>>;
  }

  /** The files queued and not started fail with CancelledIndexing; those in a worker finish. */
  cancelQueued(): void {
    for (const t of this.queue.splice(0)) t.reject(new CancelledIndexing());
  }

  /**
   * Ends the workers that have nothing to do now rather than after IDLE_MS: a pass and its checks across reports
   * are done, and each worker holds tens of MB that the next incremental change does not need (a worker is
   * started again for it, in well under a second). Resolves once they have exited.
   */
  async release(): Promise<void> {
    if (this.queue.length) return;
    const idle = this.workers.filter((w) => !w.running.size);
    for (const w of idle) this.workers.splice(this.workers.indexOf(w), 1);
    await Promise.allSettled(idle.map((w) => w.end()));
  }

  /** How many workers are running (for tests). */
  get workerCount(): number {
    return this.workers.length;
  }

  /** Ends every worker now (the server is exiting). */
  dispose(): void {
    this.cancelQueued();
    for (const w of this.workers.splice(0)) void w.end();
  }

  private submit(message: ToIndexWorker): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.queue.push({ message, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    if (!this.useWorkers) return this.pumpHere();
    while (this.queue.length) {
      let w = this.workers.find((x) => x.running.size < IN_FLIGHT && x.running.size === Math.min(...this.workers.map((y) => y.running.size)));
      if (!w && this.workers.length < this.maxWorkers) w = this.startWorker();
      if (!w) return;
      w.send(this.queue.shift()!);
    }
  }

  private startWorker(): IndexWorker {
    const w = new IndexWorker(
      this.file,
      (gone) => {
        const i = this.workers.indexOf(gone);
        if (i >= 0) this.workers.splice(i, 1);
        this.pump();
      },
      (idle) => {
        this.pump();
        if (!idle.running.size) idle.endWhenIdle(() => {
          const i = this.workers.indexOf(idle);
          if (i >= 0 && !idle.running.size) {
            this.workers.splice(i, 1);
            void idle.end();
          }
        });
      },
    );
    this.workers.push(w);
    return w;
  }

  private pumping = false;
  /** On this thread: one task per turn of the event loop, so that requests are answered in between. */
  private pumpHere(): void {
    if (this.pumping) return;
    this.pumping = true;
    const step = () => {
      const task = this.queue.shift();
      if (!task) {
        this.pumping = false;
        return;
      }
      try {
        const m = task.message;
        task.resolve(m.type === 'file' ? indexFile(m.job) : runCrossChecks(m.job));
      } catch (err) {
        task.reject(err);
      }
      setImmediate(step);
    };
    setImmediate(step);
  }
}
