// The entry of a document's analysis worker (in dist/server.js, started by workerPool.ts with the role 'analysis', see main.ts):
// holds one document, parses it and collects its findings once per version, on first need, and answers the
// requests the server forwards with the same functions the server's thread uses for small documents.
import { parentPort } from 'node:worker_threads';
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
import type { FromWorker, ToWorker } from './workerProtocol';

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
    let doc: ReportDocument | undefined;
    let findings: Finding[] | undefined;
    analysis = {
      get doc() {
        return (doc ??= parseDocument(text, options));
      },
      config,
      findings() {
        doc ??= parseDocument(text, options);
        return (findings ??= collectFindings(doc, config));
      },
      parse() {
        doc ??= parseDocument(text, options);
      },
      parsed: () => doc !== undefined,
      checked: () => findings !== undefined,
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
