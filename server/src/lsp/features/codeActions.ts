// Code actions: the fixes of the findings under the cursor as quick fixes, and `source.fixAll.nianbao`
// with the safe fixes of the whole document (for "editor.codeActionsOnSave").
import {
  CodeActionKind, CodeActionRequest,
  type CodeAction, type CodeActionParams, type TextEdit as LspTextEdit, type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { disableFixes, documentFixes, localize, safeFixEdits, type Finding, type Fix, type ReportDocument, type TextEdit } from '../../core';
import { toDiagnostic, toRange } from '../convert';
import { checkParams } from '../params';
import { ruleDocsLink } from '../ruleDocs';
import type { Feature } from './feature';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.nianbao`;

/** Whether an action of `kind` was asked for: "source.fixAll" asks for "source.fixAll.nianbao" too. */
function wanted(kind: string, only: string[] | undefined, byDefault: boolean): boolean {
  if (!only) return byDefault;
  return only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

export const codeActionsFeature: Feature = {
  capabilities: () => ({ codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] } }),
  register(session) {
    function workspaceEdit(document: TextDocument, doc: ReportDocument, edits: TextEdit[]): WorkspaceEdit {
      const lspEdits: LspTextEdit[] = edits.map((e) => ({ range: toRange(doc, e), newText: e.newText }));
      // A versioned edit is refused by the editor if the text changed since: never applied to the wrong text.
      return session.clientCapabilities.workspace?.workspaceEdit?.documentChanges
        ? { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: lspEdits }] }
        : { changes: { [document.uri]: lspEdits } };
    }

    /**
     * The fixes of the findings in the range, then the document's own (the skeleton of an empty document),
     * then the actions that switch a rule off: what repairs the text is listed before what silences it.
     */
    function quickFixes(document: TextDocument, doc: ReportDocument, findings: Finding[], params: CodeActionParams): CodeAction[] {
      const from = document.offsetAt(params.range.start);
      const to = document.offsetAt(params.range.end);
      const here = findings.filter((f) => f.start <= to && f.end >= from);
      const actions: CodeAction[] = [];
      const add = (fix: Fix, f: Finding | undefined, preferred: boolean) => {
        const title = localize(fix.title, session.lang);
        // Several findings on one line offer the same "insert all" or "disable" action: list it once.
        if (actions.some((a) => a.title === title)) return;
        actions.push({
          title,
          kind: CodeActionKind.QuickFix,
          diagnostics: f ? [toDiagnostic(doc, f, session.lang, document.uri, ruleDocsLink)] : undefined,
          isPreferred: preferred ? true : undefined,
          edit: workspaceEdit(document, doc, fix.edits),
        });
      };
      for (const f of here) (f.fixes ?? []).forEach((fix, i) => add(fix, f, i === 0 && fix.safe));
      for (const fix of documentFixes(doc)) add(fix, undefined, false);
      for (const f of here) for (const fix of disableFixes(doc, f)) add(fix, f, false);
      return actions;
    }

    session.connection.onCodeAction((params) => {
      checkParams(CodeActionRequest.method, params, 'textDocument', 'range', 'context');
      return session.withDocument(params.textDocument.uri, '代码操作失败 / code actions failed', [] as CodeAction[], async (document) => {
        const { doc, findings } = await session.checked(document);
        const only = params.context.only;
        const actions: CodeAction[] = [];
        if (wanted(CodeActionKind.QuickFix, only, true)) {
          actions.push(...quickFixes(document, doc, findings, params));
        }
        if (wanted(FIX_ALL_KIND, only, false)) {
          const edits = safeFixEdits(findings);
          if (edits.length) {
            actions.push({
              title: session.lang === 'en' ? 'Fix all safely fixable problems (nianbao)' : '修复所有可安全自动修复的问题（nianbao）',
              kind: FIX_ALL_KIND,
              edit: workspaceEdit(document, doc, edits),
            });
          }
        }
        return actions;
      });
    });
  },
};
