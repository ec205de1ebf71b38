// Tables that edit themselves: Tab / Shift+Tab move between the cells of a pipe table, and
// "重新计算合计" asks the server for the recalculation of the table under the cursor (one edit, one undo).
import * as vscode from 'vscode';
import { cellContentEnd, cellStarts, isDelimiterRow } from './pipeCells';

const IN_TABLE = 'nianbao.cursorInPipeTable';
/** The kind of the server's code action (server/src/lsp/features/codeActions.ts RECALCULATE_KIND). */
const RECALCULATE_KIND = vscode.CodeActionKind.RefactorRewrite.append('nianbao').append('recalculateTotals');

const isPipeRow = (line: string) => line.trimStart().startsWith('|');

/** Moves each cursor to the next (or previous) cell, across rows, skipping the delimiter row. */
function moveCell(editor: vscode.TextEditor, forward: boolean): void {
  const doc = editor.document;
  editor.selections = editor.selections.map((sel) => {
    // Forward from the end of the selection (the cell just selected), backward from its start.
    let line = forward ? sel.end.line : sel.start.line;
    let col = forward ? sel.end.character : sel.start.character;
    for (let guard = 0; guard < 3; guard++) {
      const text = doc.lineAt(line).text;
      const starts = isDelimiterRow(text) ? [] : cellStarts(text);
      const target = forward ? starts.find((s) => s > col) : [...starts].reverse().find((s) => s < col);
      if (target !== undefined) {
        const pos = new vscode.Position(line, target);
        // Select the cell's content, so that typing replaces it.
        return new vscode.Selection(pos, new vscode.Position(line, cellContentEnd(text, target)));
      }
      const next = line + (forward ? 1 : -1);
      if (next < 0 || next >= doc.lineCount || !isPipeRow(doc.lineAt(next).text)) return sel;
      line = next;
      col = forward ? -1 : Number.MAX_SAFE_INTEGER;
    }
    return sel;
  });
  editor.revealRange(editor.selection);
}

function updateContext(editor: vscode.TextEditor | undefined): void {
  const inTable = !!editor && editor.document.languageId === 'nianbao' && editor.selections.length === 1 && isPipeRow(editor.document.lineAt(editor.selection.active.line).text);
  void vscode.commands.executeCommand('setContext', IN_TABLE, inTable);
}

async function recalculateTotals(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'nianbao') return;
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider', editor.document.uri, new vscode.Range(editor.selection.active, editor.selection.active), RECALCULATE_KIND.value,
  );
  const action = actions?.find((a) => a.kind && RECALCULATE_KIND.contains(a.kind) && a.edit);
  if (!action?.edit) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The cursor is not in a statistics table whose totals differ from their parts.'));
    return;
  }
  await vscode.workspace.applyEdit(action.edit);
}

export function registerTableEditing(): vscode.Disposable {
  updateContext(vscode.window.activeTextEditor);
  return vscode.Disposable.from(
    vscode.window.onDidChangeTextEditorSelection((e) => updateContext(e.textEditor)),
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    vscode.commands.registerTextEditorCommand('nianbao.nextTableCell', (editor) => moveCell(editor, true)),
    vscode.commands.registerTextEditorCommand('nianbao.previousTableCell', (editor) => moveCell(editor, false)),
    vscode.commands.registerCommand('nianbao.recalculateTotals', recalculateTotals),
  );
}
