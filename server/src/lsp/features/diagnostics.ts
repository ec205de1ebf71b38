// Diagnostics: published when a document opens and 200 ms after the writer stops typing; results for
// versions that are already stale are dropped. At most nianbao.maxDiagnostics per document, the most
// severe first, with a note saying how many were left out.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_MAX_FINDINGS, limitFindings } from '../../core';
import { toDiagnostic } from '../convert';
import { ruleDocsLink } from '../ruleDocs';
import { maxDiagnosticsOf, type NianbaoSettings } from '../settings';
import type { Feature } from './feature';

const RECHECK_DELAY_MS = 200;

export const diagnosticsFeature: Feature = {
  capabilities: () => ({}),
  register(session) {
    const { connection, documents } = session;
    const pending = new Map<string, ReturnType<typeof setTimeout>>();
    const limits = new Map<string, Promise<number>>();

    /** The nianbao.maxDiagnostics setting for a document, asked once until the configuration changes. */
    function limitOf(uri: string): Promise<number> {
      let limit = limits.get(uri);
      if (!limit) {
        limit = session.canPullConfiguration
          ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'nianbao' }).then(
              (s: NianbaoSettings | null) => maxDiagnosticsOf(s),
              () => DEFAULT_MAX_FINDINGS,
            )
          : Promise.resolve(DEFAULT_MAX_FINDINGS);
        limits.set(uri, limit);
      }
      return limit;
    }

    async function validate(document: TextDocument): Promise<void> {
      const version = document.version;
      try {
        const { doc, findings } = await session.checked(document);
        const limit = await limitOf(document.uri);
        // The writer typed on while we worked, or the uri was opened again: a newer check is already scheduled.
        const current = documents.get(document.uri);
        if (current !== document || current.version !== version) return;
        const shown = limitFindings(findings, limit, doc.text);
        const diagnostics = shown.map((f) => toDiagnostic(doc, f, session.lang, document.uri, ruleDocsLink));
        await connection.sendDiagnostics({ uri: document.uri, version, diagnostics });
      } catch (err) {
        session.reportError(`检查失败 / check failed for ${document.uri}`, err);
      }
    }

    function schedule(document: TextDocument, delay: number): void {
      clearTimeout(pending.get(document.uri));
      pending.set(
        document.uri,
        setTimeout(() => {
          pending.delete(document.uri);
          const current = documents.get(document.uri);
          if (current) void validate(current);
        }, delay),
      );
    }

    function recheckAll(): void {
      session.forgetAll();
      limits.clear();
      for (const d of documents.all()) schedule(d, 0);
    }

    documents.onDidOpen((e) => schedule(e.document, 0));
    documents.onDidChangeContent((e) => schedule(e.document, RECHECK_DELAY_MS));
    documents.onDidClose((e) => {
      clearTimeout(pending.get(e.document.uri));
      pending.delete(e.document.uri);
      session.forget(e.document.uri);
      limits.delete(e.document.uri);
      void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
    connection.onDidChangeConfiguration(recheckAll);
    // The client watches **/.nianbao.json.
    connection.onDidChangeWatchedFiles(recheckAll);
  },
};
