// The entry of a document's analysis worker (bundled as dist/analysisWorker.js, started by workerPool.ts):
// holds one document, parses it and collects its findings once per version, on first need, and answers the
// requests the server forwards with the same functions the server's thread uses for small documents.
import { parentPort } from 'node:worker_threads';
import { collectFindings, parseDocument, type Finding } from '../core';
import type { Analysis, AnalysisRequest } from './analysis';
import { CODE_ACTIONS } from './features/codeActions';
import { COMPLETION } from './features/completion';
import { DIAGNOSTICS } from './features/diagnostics';
import { DOCUMENT_INFO } from './features/documentInfo';
import { HOVER } from './features/hover';
import { FOLDING, SYMBOLS } from './features/outline';
import type { FromWorker, ToWorker } from './workerProtocol';

const REQUESTS = new Map<string, AnalysisRequest<unknown, unknown>['answer']>(
  ([CODE_ACTIONS, COMPLETION, DIAGNOSTICS, DOCUMENT_INFO, HOVER, FOLDING, SYMBOLS] as AnalysisRequest<never, unknown>[]).map((r) => [r.kind, r.answer as AnalysisRequest<unknown, unknown>['answer']]),
);

const port = parentPort!;
/** Messages run in order, one per turn of the event loop, so that a cancellation that arrived meanwhile is seen first. */
const queue: Array<Exclude<ToWorker, { type: 'cancel' }>> = [];
const cancelled = new Set<number>();
let analysis: Analysis | undefined;
let draining = false;

port.on('message', (m: ToWorker) => {
  if (m.type === 'cancel') {
    if (queue.some((q) => q.type === 'request' && q.id === m.id)) cancelled.add(m.id);
  }
  else queue.push(m);
  if (!draining) {
    draining = true;
    setImmediate(drainOne);
  }
});

function drainOne(): void {
  const m = queue.shift();
  if (m) run(m);
  if (queue.length) setImmediate(drainOne);
  else draining = false;
}

function run(m: Exclude<ToWorker, { type: 'cancel' }>): void {
  if (m.type === 'document') {
    const doc = parseLater(m.text, m.options);
    let findings: Finding[] | undefined;
    analysis = {
      get doc() {
        return doc();
      },
      config: m.config,
      findings: () => (findings ??= collectFindings(doc(), m.config)),
    };
    return;
  }
  if (cancelled.delete(m.id)) return;
  let reply: FromWorker;
  try {
    const answer = REQUESTS.get(m.kind);
    if (!answer) throw new Error(`unknown request ${m.kind}`);
    if (!analysis) throw new Error('no document');
    reply = { id: m.id, result: answer(analysis, m.params, m.ctx) };
  } catch (err) {
    reply = { id: m.id, error: err instanceof Error ? err.stack ?? err.message : String(err) };
  }
  port.postMessage(reply);
}

function parseLater(text: string, options: Parameters<typeof parseDocument>[1]): () => ReturnType<typeof parseDocument> {
  let doc: ReturnType<typeof parseDocument> | undefined;
  return () => (doc ??= parseDocument(text, options));
}
