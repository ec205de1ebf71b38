// One parse per document version, shared by every feature (diagnostics, symbols, folding, …).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParseOptions, ReportDocument } from '../core';
import { parseDocument } from '../core';

interface Entry {
  /** The open document parsed: a second didOpen of the uri makes a new one, with the same version number. */
  document: TextDocument;
  version: number;
  optionsKey: string;
  doc: ReportDocument;
}

export class DocumentCache {
  private readonly entries = new Map<string, Entry>();

  get(document: TextDocument, options: ParseOptions): ReportDocument {
    const optionsKey = JSON.stringify(options);
    const hit = this.entries.get(document.uri);
    if (hit && hit.document === document && hit.version === document.version && hit.optionsKey === optionsKey) return hit.doc;
    const doc = parseDocument(document.getText(), options);
    this.entries.set(document.uri, { document, version: document.version, optionsKey, doc });
    return doc;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
