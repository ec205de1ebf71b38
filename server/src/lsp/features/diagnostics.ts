// Diagnostics: published at once when a document opens and, after typing, 25 ms after the last keystroke
// (edits sent together are checked once), whatever the document's size: a large one is checked in its worker,
// which abandons a superseded check at its next step rather than being ended. A result is published only for
// the version the editor holds, and never for a version older than one already published. At most
// nianbao.maxDiagnostics per document, the most severe first, with a note saying how many were left out.
import type { Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME, DEFAULT_MAX_FINDINGS, limitFindings } from '../../core';
import type { AnalysisRequest, Answer } from '../analysis';
import { toDiagnostic } from '../convert';
import { ruleDocsLink } from '../ruleDocs';
import { maxDiagnosticsOf, type NianbaoSettings } from '../settings';
import type { Feature } from './feature';

/** The pause after typing before a check. */
const TYPING_DELAY_MS = 25;

export const answerDiagnostics: Answer<{ limit: number }, Diagnostic[]> = (analysis, { limit }, ctx) =>
  limitFindings(analysis.findings(), limit, analysis.doc.text).map((f) => toDiagnostic(analysis.doc, f, ctx.lang, ctx.uri, ruleDocsLink));

export const DIAGNOSTICS: AnalysisRequest<{ limit: number }, Diagnostic[]> = { kind: 'diagnostics', answer: answerDiagnostics };

/** Lets the messages that arrived while a check ran (a didChange) be handled before its result is judged current. */
const handleArrivedMessages = () => new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)));

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
    /** The version of the diagnostics last published for a document opened once. */
    const publishedVersion = new Map<string, number>();

    async function validate(document: TextDocument): Promise<void> {
      const version = document.version;
      try {
        const limit = await limitOf(document.uri);
        const diagnostics = await session.answer(document, DIAGNOSTICS, { limit });
        await handleArrivedMessages();
        // The writer typed on while we worked, or the uri was opened again: a newer check is already scheduled.
        const current = documents.get(document.uri);
        if (current !== document || current.version !== version) return;
        if ((publishedVersion.get(document.uri) ?? -Infinity) > version) return;
        publishedVersion.set(document.uri, version);
        await connection.sendDiagnostics({ uri: document.uri, version, diagnostics: [...diagnostics, ...session.extraDiagnostics(document.uri)] });
      } catch (err) {
        if (session.isSuperseded(err)) return;
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

    /** TextDocuments fires onDidChangeContent right after onDidOpen: that is not typing. */
    let justOpened: TextDocument | undefined;
    documents.onDidOpen((e) => {
      publishedVersion.delete(e.document.uri);
      justOpened = e.document;
      schedule(e.document, 0);
    });
    documents.onDidChangeContent((e) => {
      if (justOpened === e.document) {
        justOpened = undefined;
        return;
      }
      session.superseded(e.document);
      schedule(e.document, TYPING_DELAY_MS);
    });
    documents.onDidClose((e) => {
      clearTimeout(pending.get(e.document.uri));
      pending.delete(e.document.uri);
      publishedVersion.delete(e.document.uri);
      session.forget(e.document.uri);
      limits.delete(e.document.uri);
      // The workspace index's findings of the file on disk come back (none when it is not indexed).
      void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: session.closedDiagnostics(e.document.uri) });
    });
    session.recheck = (uri) => {
      const document = documents.get(uri);
      if (document) schedule(document, 0);
    };
    session.onConfigurationChanged(recheckAll);
    // The client watches **/.nianbao.json (and, for the workspace index, report files).
    session.onWatchedFilesChanged((p) => {
      if (p.changes.some((c) => c.uri.endsWith(`/${CONFIG_FILE_NAME}`))) recheckAll();
    });
  },
};
