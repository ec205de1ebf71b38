// Messages between the server's thread and a document's analysis worker (all structured-cloneable), and the
// shared stamp that tells a worker, while it computes, that the version it works on was superseded.
import type { NianbaoConfig, ParseOptions } from '../core';
import type { AnswerContext } from './analysis';

export type ToWorker =
  /** The text to answer from from now on (a new version, or new options or configuration), and its stamp. */
  | { type: 'document'; text: string; options: ParseOptions; config: NianbaoConfig; stamp: number }
  | { type: 'request'; id: number; kind: string; params: unknown; ctx: AnswerContext }
  /** The request was cancelled: skip it if it has not started. */
  | { type: 'cancel'; id: number };

export type FromWorker = { id: number; result: unknown } | { id: number; error: string };

/**
 * What a worker gets at start (`workerData`): one Int32 the server's thread sets to a new stamp as soon as the
 * document changes. The worker compares it with the stamp of the document it analyses between steps (after
 * the parse, after each rule) and abandons the work when they differ, so that a superseded analysis stops
 * within one step without ending the worker (a new worker would start with a cold JIT: 2–4× slower).
 */
export interface WorkerData {
  stamp: SharedArrayBuffer;
}
