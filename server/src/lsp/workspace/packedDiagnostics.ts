// Diagnostics as the workspace index keeps them between checking a file and publishing it: their JSON,
// deflated. A thousand indexed reports held some 70,000 diagnostic and related-information objects (about
// 35 MB of the server's heap, each URI, rule link and message a copy of its own after crossing from the index
// worker); packed they take about 4 MB. What the client receives is JSON anyway, so unpacking gives it the same.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Diagnostic } from 'vscode-languageserver/node';

/** Structured-cloneable: an index worker sends it to the server as it is. */
export type PackedDiagnostics = Uint8Array;

const NONE: PackedDiagnostics = new Uint8Array(0);

export function packDiagnostics(diagnostics: Diagnostic[]): PackedDiagnostics {
  if (!diagnostics.length) return NONE;
  // Copied out of the Buffer: it may view a larger pooled memory block, which a message would copy whole.
  return new Uint8Array(deflateRawSync(JSON.stringify(diagnostics), { level: 1 }));
}

export function unpackDiagnostics(packed: PackedDiagnostics | undefined): Diagnostic[] {
  if (!packed?.length) return [];
  return JSON.parse(inflateRawSync(packed).toString('utf8')) as Diagnostic[];
}

/** The same diagnostics (packing is deterministic: equal JSON gives equal bytes). */
export function samePacked(a: PackedDiagnostics | undefined, b: PackedDiagnostics | undefined): boolean {
  const x = a ?? NONE;
  const y = b ?? NONE;
  return x.length === y.length && Buffer.compare(x, y) === 0;
}
