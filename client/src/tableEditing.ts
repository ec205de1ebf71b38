// Tables that edit themselves: Tab / Shift+Tab move between the cells of a pipe table, and
// "重新计算合计" asks the server for the recalculation of the table under the cursor (one edit, one undo).
import * as vscode from 'vscode';

const IN_TABLE = 'nianbao.cursorInPipeTable';
/** The kind of the server's code action (server/src/lsp/features/codeActions.ts RECALCULATE_KIND). */
const RECALCULATE_KIND = vscode.CodeActionKind.RefactorRewrite.append('nianbao').append('recalculateTotals');

const isPipeRow = (line: string) => line.trimStart().startsWith('|');

/** The start of each cell's content on a pipe row: the character after "| " (or after "|" when no space follows). */
function cellStarts(line: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] !== '|' || (i > 0 && line[i - 1] === '\\')) continue;
    let s = i + 1;
    if (line[s] === ' ') s++;
    if (s < line.length || line.slice(i + 1).trim()) starts.push(s);
  }
  // The position after the closing "|" is not a cell.
  const trimmed = line.trimEnd();
  if (trimmed.endsWith('|')) starts.pop();
  return starts;
}

function isDelimiterRow(line: string): boolean {
  return /^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$/.test(line);
}

/** Moves each cursor to the next (or previous) cell, across rows, skipping the delimiter row. */
function moveCell(editor: vscode.TextEditor, forward: boolean): void {
  const doc = editor.document;
  editor.selections = editor.selections.map((sel) => {
    let line = sel.active.line;
    let col = sel.active.character;
    for (let guard = 0; guard < 3; guard++) {
      const text = doc.lineAt(line).text;
      const starts = isDelimiterRow(text) ? [] : cellStarts(text);
      const target = forward ? starts.find((s) => s > col) : [...starts].reverse().find((s) => s < col - 0 && s !== col);
      if (target !== undefined) {
        const pos = new vscode.Position(line, target);
        // Select the cell's content, so that typing replaces it.
        const end = text.indexOf('|', target);
        const contentEnd = end < 0 ? text.length : text.slice(0, end).trimEnd().length;
        return new vscode.Selection(pos, new vscode.Position(line, Math.max(target, contentEnd)));
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
