// Code actions: the fixes of the findings under the cursor as quick fixes, and `source.fixAll.nianbao`
// with the safe fixes of the whole document (for "editor.codeActionsOnSave").
import {
  CodeActionKind, CodeActionRequest,
  type CodeAction, type CodeActionParams, type TextEdit as LspTextEdit, type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { disableFixes, documentFixes, localize, recalculateTotals, safeFixEdits, TABLE_NAMES, type Finding, type Fix, type ReportDocument, type TextEdit } from '../../core';
import { offsetIn, type AnalysisRequest, type Answer, type AnswerContext } from '../analysis';
import { toDiagnostic, toRange } from '../convert';
import { checkParams } from '../params';
import { ruleDocsLink } from '../ruleDocs';
import type { Feature } from './feature';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.nianbao`;
/** "重新计算合计": offered in a national table whose totals differ from their parts (the client's command asks for it by this kind). */
export const RECALCULATE_KIND = `${CodeActionKind.RefactorRewrite}.nianbao.recalculateTotals`;

function recalculation(ctx: AnswerContext, doc: ReportDocument, params: CodeActionParams): CodeAction | undefined {
  const r = recalculateTotals(doc, offsetIn(doc, params.range.start));
  if (!r?.table.national) return undefined;
  const name = TABLE_NAMES[r.table.national.id].short;
  const n = r.changes.length;
  return {
    title: ctx.lang === 'en' ? `Recalculate the totals of ${name.en} (${n} cell${n > 1 ? 's' : ''})` : `重新计算${name.zh}的合计（${n} 格）`,
    kind: RECALCULATE_KIND,
    edit: workspaceEdit(ctx, doc, r.edits),
  };
}

/** Whether an action of `kind` was asked for: "source.fixAll" asks for "source.fixAll.nianbao" too. */
function wanted(kind: string, only: string[] | undefined, byDefault: boolean): boolean {
  if (!only) return byDefault;
  return only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

function workspaceEdit(ctx: AnswerContext, doc: ReportDocument, edits: TextEdit[]): WorkspaceEdit {
  const lspEdits: LspTextEdit[] = edits.map((e) => ({ range: toRange(doc, e), newText: e.newText }));
  // A versioned edit is refused by the editor if the text changed since: never applied to the wrong text.
  return ctx.documentChanges
    ? { documentChanges: [{ textDocument: { uri: ctx.uri, version: ctx.version }, edits: lspEdits }] }
    : { changes: { [ctx.uri]: lspEdits } };
}

/**
 * The fixes of the findings in the range, then the document's own (the skeleton of an empty document),
 * then the actions that switch a rule off: what repairs the text is listed before what silences it.
 */
function quickFixes(ctx: AnswerContext, doc: ReportDocument, findings: Finding[], params: CodeActionParams): CodeAction[] {
  const from = offsetIn(doc, params.range.start);
  const to = offsetIn(doc, params.range.end);
  const here = findings.filter((f) => f.start <= to && f.end >= from);
  const actions: CodeAction[] = [];
  const add = (fix: Fix, f: Finding | undefined, preferred: boolean) => {
    const title = localize(fix.title, ctx.lang);
    // Several findings on one line offer the same "insert all" or "disable" action: list it once.
    if (actions.some((a) => a.title === title)) return;
    actions.push({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: f ? [toDiagnostic(doc, f, ctx.lang, ctx.uri, ruleDocsLink)] : undefined,
      isPreferred: preferred ? true : undefined,
      edit: workspaceEdit(ctx, doc, fix.edits),
    });
  };
  for (const f of here) (f.fixes ?? []).forEach((fix, i) => add(fix, f, i === 0 && fix.safe));
  for (const fix of documentFixes(doc)) add(fix, undefined, false);
  for (const f of here) for (const fix of disableFixes(doc, f)) add(fix, f, false);
  return actions;
}

export const answerCodeActions: Answer<CodeActionParams, CodeAction[]> = (analysis, params, ctx) => {
  const { doc } = analysis;
  const findings = analysis.findings();
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (wanted(CodeActionKind.QuickFix, only, true)) {
    actions.push(...quickFixes(ctx, doc, findings, params));
  }
  if (wanted(RECALCULATE_KIND, only, true)) {
    const action = recalculation(ctx, doc, params);
    if (action) actions.push(action);
  }
  if (wanted(FIX_ALL_KIND, only, false)) {
    const edits = safeFixEdits(findings);
    if (edits.length) {
      actions.push({
        title: ctx.lang === 'en' ? 'Fix all safely fixable problems (nianbao)' : '修复所有可安全自动修复的问题（nianbao）',
        kind: FIX_ALL_KIND,
        edit: workspaceEdit(ctx, doc, edits),
      });
    }
  }
  return actions;
};

export const CODE_ACTIONS: AnalysisRequest<CodeActionParams, CodeAction[]> = { kind: 'codeActions', answer: answerCodeActions };

export const codeActionsFeature: Feature = {
  capabilities: () => ({ codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, RECALCULATE_KIND, FIX_ALL_KIND] } }),
  register(session) {
    session.connection.onCodeAction((params, token) => {
      checkParams(CodeActionRequest.method, params, 'textDocument', 'range', 'context');
      return session.withDocument(params.textDocument.uri, '代码操作失败 / code actions failed', [] as CodeAction[], (document) =>
        session.answer(document, CODE_ACTIONS, params, token),
      );
    });
  },
};
