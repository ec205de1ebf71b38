// The entry of a document's analysis worker (in dist/server.js, started by workerPool.ts with the role 'analysis', see main.ts):
// holds one document, parses it and collects its findings once per version, on first need, and answers the
// requests the server forwards with the same functions the server's thread uses for small documents. Work on
// a version the server has since replaced, or on a request it cancelled, stops at the next step (see
// `WorkerData`), and the worker goes on, warm, with what is queued.
import { parentPort, workerData } from 'node:worker_threads';
import { collectFindings, parseDocument, type Finding, type ReportDocument } from '../core';
import type { Analysis, AnalysisRequest } from './analysis';
import { CODE_ACTIONS } from './features/codeActions';
import { COMPLETION } from './features/completion';
import { DIAGNOSTICS } from './features/diagnostics';
import { DOCUMENT_INFO } from './features/documentInfo';
import { HOVER } from './features/hover';
import { NEXT_YEAR } from './features/nextYear';
import { FOLDING, SYMBOLS } from './features/outline';
import { FORMATTING } from './features/formatting';
import { PREVIEW } from './features/preview';
import type { FromWorker, ToWorker, WorkerData } from './workerProtocol';

const ANSWERED: AnalysisRequest<never, unknown>[] = [
  CODE_ACTIONS,
  COMPLETION,
  DIAGNOSTICS,
  DOCUMENT_INFO,
  HOVER,
  FOLDING,
  SYMBOLS,
  FORMATTING,
  PREVIEW,
  NEXT_YEAR,
];
const REQUESTS = new Map<string, AnalysisRequest<unknown, unknown>['answer']>(
  ANSWERED.map((r) => [r.kind, r.answer as AnalysisRequest<unknown, unknown>['answer']]),
);

const port = parentPort!;
/** [0]: the stamp of the document's current version; [1]: the id of the last request cancelled (set by the server's thread). */
const shared = new Int32Array((workerData as WorkerData).stamp);
/** Thrown at a step boundary when the work in hand is no longer wanted. */
class Abandoned extends Error {}
/** The stamp of the document held, and the id of the request being answered. */
let stamp = 0;
let answering = 0;

/** A step boundary: stops here when the version was superseded or the request cancelled meanwhile. */
function checkpoint(): void {
  if (Atomics.load(shared, 0) !== stamp || (answering !== 0 && Atomics.load(shared, 1) === answering)) throw new Abandoned();
}

/**
 * `collectFindings` reports each rule's time as the rule ends: the sink makes that a step boundary, so that a
 * superseded check stops after the rule running, not after all of them.
 */
const checkpointAfterEachRule = { push: () => (checkpoint(), 0) } as unknown as Parameters<typeof collectFindings>[2];
/** Messages run in order, one per turn of the event loop, so that a cancellation that arrived meanwhile is seen first. */
const queue: Array<Exclude<ToWorker, { type: 'cancel' }>> = [];
const cancelled = new Set<number>();
let analysis: (Analysis & { parse(): void; parsed(): boolean; checked(): boolean }) | undefined;
const NEEDS_FINDINGS = new Set([DIAGNOSTICS.kind, CODE_ACTIONS.kind, DOCUMENT_INFO.kind, PREVIEW.kind]);
let draining = false;

port.on('message', (m: ToWorker) => {
  if (m.type !== 'cancel') queue.push(m);
  else if (queue.some((q) => q.type === 'request' && q.id === m.id)) cancelled.add(m.id);
  if (!draining) {
    draining = true;
    setImmediate(drainOne);
  }
});

function drainOne(): void {
  const m = next();
  if (m) run(m);
  if (queue.length) setImmediate(drainOne);
  else draining = false;
}

/**
 * The next message to handle, in order, except that a request needing the findings (seconds on a large
 * document) waits for the parse first and then lets the requests queued behind it that need only the parse
 * (hover, completion, symbols) go ahead.
 */
function next(): Exclude<ToWorker, { type: 'cancel' }> | undefined {
  const first = queue[0];
  if (first?.type !== 'request' || !NEEDS_FINDINGS.has(first.kind) || !analysis) return queue.shift();
  if (!analysis.parsed()) {
    try {
      analysis.parse();
      return undefined;
    } catch {
      return queue.shift(); // answered with the error
    }
  }
  const i = queue.findIndex((m) => m.type === 'document' || !NEEDS_FINDINGS.has(m.kind));
  return queue.splice(i > 0 && queue[i].type === 'request' && !analysis.checked() ? i : 0, 1)[0];
}

function run(m: Exclude<ToWorker, { type: 'cancel' }>): void {
  if (m.type === 'document') {
    const { text, options, config } = m;
    stamp = m.stamp;
    let doc: ReportDocument | undefined;
    let findings: Finding[] | undefined;
    const parse = () => {
      if (doc) return doc;
      checkpoint();
      doc = parseDocument(text, options);
      checkpoint();
      return doc;
    };
    analysis = {
      get doc() {
        return parse();
      },
      config,
      findings() {
        return (findings ??= collectFindings(parse(), config, checkpointAfterEachRule));
      },
      parse,
      parsed: () => doc !== undefined,
      checked: () => findings !== undefined,
    };
    return;
  }
  if (cancelled.delete(m.id)) return;
  let reply: FromWorker;
  answering = m.id;
  try {
    checkpoint();
    const answer = REQUESTS.get(m.kind);
    if (!answer) throw new Error(`unknown request ${m.kind}`);
    if (!analysis) throw new Error('no document');
    reply = { id: m.id, result: answer(analysis, m.params, m.ctx) };
  } catch (err) {
    // The server's thread has already answered an abandoned request (ContentModified or RequestCancelled).
    if (err instanceof Abandoned) return;
    reply = { id: m.id, error: err instanceof Error ? err.stack ?? err.message : String(err) };
  } finally {
    answering = 0;
  }
  port.postMessage(reply);
}
