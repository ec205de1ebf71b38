// Large documents are analysed off the server's thread: each gets a worker (analysisWorker.ts) that holds its
// text, parse and findings and answers every request on it, so the server's thread stays free for the other
// documents. When a new version arrives, the worker is told through a shared stamp and abandons the older
// one's work at its next step (after the parse, after each rule); its unanswered requests fail with
// ContentModified at once. The worker itself lives on, with its warm JIT, until its document closes or it is
// the least recently used of too many.
import { Worker } from 'node:worker_threads';
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { NianbaoConfig, ParseOptions } from '../core';
import type { AnswerContext } from './analysis';
import type { ToWorker, FromWorker, WorkerData } from './workerProtocol';
import { workerDataFor } from './workerRole';

interface Pending {
  resolve(value: unknown): void;
  reject(err: unknown): void;
}

class DocumentWorker {
  readonly worker: Worker;
  /** What the worker holds: the document object and version, and the options and config it was parsed with. */
  document?: TextDocument;
  version = -1;
  optionsKey = '';
  config?: NianbaoConfig;
  readonly pending = new Map<number, Pending>();
  /** Shared with the worker (see `WorkerData`): [0] the stamp of the wanted version, [1] the last cancelled request. */
  private readonly shared = new Int32Array(new SharedArrayBuffer(8));
  private stamp = 0;

  constructor(file: string, onGone: (w: DocumentWorker, err: unknown) => void) {
    // The server's stdout carries the protocol: whatever the worker prints goes to stderr instead.
    const data: WorkerData = { stamp: this.shared.buffer as SharedArrayBuffer };
    this.worker = new Worker(file, { stdout: true, workerData: workerDataFor('analysis', data) });
    this.worker.stdout.pipe(process.stderr);
    this.worker.unref();
    this.worker.on('message', (m: FromWorker) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if ('error' in m) p.reject(new Error(m.error));
      else p.resolve(m.result);
    });
    this.worker.on('error', (err) => onGone(this, err));
    this.worker.on('exit', (code) => onGone(this, new Error(`分析线程退出 / the analysis worker exited with code ${code}`)));
  }

  post(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  /** The text to answer from from now on; work on the previous one stops at its next step. */
  postDocument(text: string, options: ParseOptions, config: NianbaoConfig): void {
    this.post({ type: 'document', text, options, config, stamp: this.newStamp() });
  }

  /** The version the worker holds is no longer wanted: its work stops at the next step, its requests fail with `err`. */
  supersede(err: unknown): void {
    this.newStamp();
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  /** Request `id` is no longer wanted: skipped if queued, stopped at its next step if running. */
  cancel(id: number): void {
    this.pending.delete(id);
    Atomics.store(this.shared, 1, id);
    this.post({ type: 'cancel', id });
  }

  private newStamp(): number {
    this.stamp = (this.stamp + 1) | 0;
    Atomics.store(this.shared, 0, this.stamp);
    return this.stamp;
  }

  /** Ends the worker; its unanswered requests fail with `err`. */
  end(err: unknown): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    void this.worker.terminate();
  }
}

export const contentModified = () =>
  new ResponseError(LSPErrorCodes.ContentModified, '文档已修改 / the document changed while this was computed');
export const requestCancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, '请求已取消 / request cancelled');

export class WorkerPool {
  /** By URI, least recently used first. */
  private readonly workers = new Map<string, DocumentWorker>();
  private nextId = 1;
  /** Documents said to be checked in a worker (once, not at every restart). */
  private readonly announced = new Set<string>();

  constructor(
    private readonly file: string,
    private readonly max: number,
    /** Told when a document first gets a worker. */
    private readonly onStart: (uri: string) => void = () => {},
  ) {}

  /** Answers `kind` on this version of `document` in the document's worker. */
  run(document: TextDocument, options: ParseOptions, config: NianbaoConfig, kind: string, params: unknown, ctx: AnswerContext, token?: CancellationToken): Promise<unknown> {
    const w = this.workerFor(document, options, config);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const cancel = token?.onCancellationRequested(() => {
        // Answered at once; the worker skips the request, or stops computing it.
        w.cancel(id);
        reject(requestCancelled());
      });
      const done = (f: (v: never) => void) => (v: unknown) => {
        cancel?.dispose();
        f(v as never);
      };
      w.pending.set(id, { resolve: done(resolve), reject: done(reject) });
      w.post({ type: 'request', id, kind, params, ctx });
    });
  }

  /** A new version of the document: the analysis of an older one stops now rather than when it is asked again. */
  superseded(document: TextDocument): void {
    const w = this.workers.get(document.uri);
    if (w && w.pending.size && (w.document !== document || w.version !== document.version)) w.supersede(contentModified());
  }

  /** The thread of the worker holding `uri` (for tests: a new version must not end it). */
  threadIdOf(uri: string): number | undefined {
    return this.workers.get(uri)?.worker.threadId;
  }

  forget(uri: string): void {
    this.announced.delete(uri);
    this.drop(uri, contentModified());
  }

  clear(): void {
    this.announced.clear();
    for (const uri of [...this.workers.keys()]) this.drop(uri, contentModified());
  }

  private drop(uri: string, err: unknown): void {
    const w = this.workers.get(uri);
    if (!w) return;
    this.workers.delete(uri);
    w.end(err);
  }

  private workerFor(document: TextDocument, options: ParseOptions, config: NianbaoConfig): DocumentWorker {
    const optionsKey = JSON.stringify(options);
    let w = this.workers.get(document.uri);
    const same = w && w.document === document && w.version === document.version && w.optionsKey === optionsKey && w.config === config;
    // Busy with something older: it stops at its next step.
    if (w && !same && w.pending.size) w.supersede(contentModified());
    if (!w) {
      // Room is made by ending the least recently used idle worker; busy ones finish (the pool may briefly exceed `max`).
      for (const [uri, idle] of this.workers) {
        if (this.workers.size < this.max) break;
        if (!idle.pending.size) this.drop(uri, contentModified());
      }
      const created: DocumentWorker = new DocumentWorker(this.file, (gone, err) => {
        if (this.workers.get(document.uri) === gone) this.workers.delete(document.uri);
        for (const p of gone.pending.values()) p.reject(err);
        gone.pending.clear();
      });
      w = created;
      if (!this.announced.has(document.uri)) this.onStart(document.uri);
      this.announced.add(document.uri);
    }
    // Most recently used last.
    this.workers.delete(document.uri);
    this.workers.set(document.uri, w);
    if (!same) {
      w.document = document;
      w.version = document.version;
      w.optionsKey = optionsKey;
      w.config = config;
      w.postDocument(document.getText(), options, config);
    }
    return w;
  }
}
