// A worker thread of `--jobs N`: checks the files the main thread sends, one at a time and in the order sent,
// then the checks across years of the groups of files it is sent, and answers with their results. Bundled as
// dist/cliWorker.js next to dist/cli.js (scripts/build.mjs).
import { serialize } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { analyzeFile, type AnalyzeOptions, type FileResult } from './analyze';
import { findingsAcrossEntries, jsonAcross, type AcrossEntry } from './crossYear';
import { convertDocument, type ReadReport } from './files';
import { transferablesOf, withJsonEntry } from './jsonOutput';
import type { Language } from '../../server/src/core';

export type WorkerRequest =
  /** `read`: the file as converted already (during the folder search), not to be read again. */
  | { kind: 'file'; file: string; options: AnalyzeOptions; read?: ReadReport }
  /** A document found in a folder, converted here for the search (files.ts): the answer is its ReadReport. */
  | { kind: 'convert'; file: string }
  /** The checks across years of files that share issuers, for the JSON output. */
  | { kind: 'across'; entries: AcrossEntry[]; options: AnalyzeOptions; lang: Language }
  /** The same checks, for the other outputs: the findings themselves (placed), not their JSON. */
  | { kind: 'acrossFindings'; entries: AcrossEntry[]; options: AnalyzeOptions };

export interface WorkerReply {
  result?: unknown;
  error?: string;
}

/**
 * The file's result, and the buffers that move to the main thread without a copy: the JSON entry, and what the
 * checks across years need, serialized here so that the main thread only holds it until a worker reads it.
 */
async function fileResult(file: string, options: AnalyzeOptions, read?: ReadReport): Promise<{ result: FileResult; transfer: ArrayBuffer[] }> {
  const result = withJsonEntry(await analyzeFile(file, options, read), options);
  const transfer = result.json ? transferablesOf(result.json) : [];
  if (result.crossYear) {
    const bytes = ownBuffer(serialize(result.crossYear));
    result.crossYearBytes = bytes;
    result.crossYear = undefined;
    transfer.push(bytes.buffer as ArrayBuffer);
  }
  return { result, transfer };
}

/** The bytes in an ArrayBuffer of their own (a Buffer may lie in a shared pool, which must not be transferred). */
function ownBuffer(b: Buffer): Uint8Array {
  if (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength) return b;
  return new Uint8Array(b);
}

async function answer(req: WorkerRequest): Promise<void> {
  try {
    if (req.kind === 'file') {
      const { result, transfer } = await fileResult(req.file, req.options, req.read);
      parentPort!.postMessage({ result } satisfies WorkerReply, transfer);
    } else if (req.kind === 'convert') {
      parentPort!.postMessage({ result: await convertDocument(req.file) } satisfies WorkerReply);
    } else if (req.kind === 'acrossFindings') {
      parentPort!.postMessage({ result: findingsAcrossEntries(req.entries, req.options) } satisfies WorkerReply);
    } else {
      const result = jsonAcross(req.entries, req.options, req.lang);
      parentPort!.postMessage({ result } satisfies WorkerReply, result.flatMap((r) => transferablesOf(r.items)));
    }
  } catch (e) {
    parentPort!.postMessage({ error: (e as Error).stack ?? String(e) } satisfies WorkerReply);
  }
}

// The main thread sends the next request before this one is answered (pool.ts) and reads the answers in the
// order it sent the requests: answer them one after the other, never two at once.
let answered = Promise.resolve();
parentPort?.on('message', (req: WorkerRequest) => {
  answered = answered.then(() => answer(req));
});
