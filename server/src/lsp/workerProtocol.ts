// Messages between the server's thread and a document's analysis worker (all structured-cloneable).
import type { NianbaoConfig, ParseOptions } from '../core';
import type { AnswerContext } from './analysis';

export type ToWorker =
  /** The text to answer from from now on (a new version, or new options or configuration). */
  | { type: 'document'; text: string; options: ParseOptions; config: NianbaoConfig }
  | { type: 'request'; id: number; kind: string; params: unknown; ctx: AnswerContext }
  /** The request was cancelled: skip it if it has not started. */
  | { type: 'cancel'; id: number };

export type FromWorker = { id: number; result: unknown } | { id: number; error: string };
