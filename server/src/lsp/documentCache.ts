// One parse per document version, shared by every feature (diagnostics, symbols, folding, …).
import type { ParseOptions, ReportDocument } from '../core';
import { parseDocument } from '../core';

interface Entry {
  version: number;
  optionsKey: string;
  doc: ReportDocument;
}

export class DocumentCache {
  private readonly entries = new Map<string, Entry>();

  get(uri: string, version: number, text: () => string, options: ParseOptions): ReportDocument {
    const optionsKey = JSON.stringify(options);
    const hit = this.entries.get(uri);
    if (hit && hit.version === version && hit.optionsKey === optionsKey) return hit.doc;
    const doc = parseDocument(text(), options);
    this.entries.set(uri, { version, optionsKey, doc });
    return doc;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
