/// <reference types="mocha" />
// Tables that edit themselves (issue 11 item 4), in the real editor: Format Document aligns a table and
// nothing else, Tab / Shift+Tab move between cells, "重新计算合计" fixes a table's totals in one undo step.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './wait';


const TABLE_B_HEAD =
  '| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 / 自然人 | 申请人情况 / 法人或其他组织 / 商业企业 | 申请人情况 / 法人或其他组织 / 科研机构 | 申请人情况 / 法人或其他组织 / 社会公益组织 | 申请人情况 / 法人或其他组织 / 法律服务机构 | 申请人情况 / 法人或其他组织 / 其他 | 申请人情况 / 总计 |\n|---|---|---|---|---|---|---|---|';

async function openReport(text: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'nianbao', content: text });
  const editor = await vscode.window.showTextDocument(doc);
  await waitFor(async () => ((await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? []).length > 0, 'the server to know the document');
  return editor;
}

suite('Tables that edit themselves', () => {
  teardown(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

  test('Format Document aligns the table by display width and leaves the prose alone', async () => {
    const editor = await openReport('某县人民政府2023年政府信息公开工作年度报告\n\n正文 |不动| 。\n\n| 信息内容 | 本年制发件数 |\n|---|---|\n| 规章 | 0 |\n');
    await vscode.commands.executeCommand('editor.action.formatDocument');
    await waitFor(() => editor.document.lineAt(6).text === '| 规章     | 0            |', 'the table to be aligned');
    assert.strictEqual(editor.document.lineAt(2).text, '正文 |不动| 。');
    assert.strictEqual(editor.document.lineAt(5).text, '| -------- | ------------ |');
  });

  test('Tab and Shift+Tab move between the cells of a pipe table', async () => {
    const editor = await openReport('某县人民政府2023年政府信息公开工作年度报告\n\n| 信息内容 | 本年制发件数 |\n|---|---|\n| 规章 | 0 |\n');
    editor.selection = new vscode.Selection(2, 3, 2, 3);
    await waitFor(async () => {
      await vscode.commands.executeCommand('nianbao.nextTableCell');
      return editor.selection.active.character > 3;
    }, 'the cursor to move');
    assert.strictEqual(editor.document.getText(editor.selection), '本年制发件数');
    await vscode.commands.executeCommand('nianbao.nextTableCell');
    assert.strictEqual(editor.selection.active.line, 4, 'over the delimiter row to the next row');
    assert.strictEqual(editor.document.getText(editor.selection), '规章');
    await vscode.commands.executeCommand('nianbao.previousTableCell');
    assert.strictEqual(editor.document.getText(editor.selection), '本年制发件数');
  });

  test('"重新计算合计" sets the totals of the table under the cursor, undone in one step', async () => {
    const rows = [
      '| 一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 5 |',
      '| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    ];
    const text = `某县人民政府2023年政府信息公开工作年度报告\n\n三、收到和处理政府信息公开申请情况\n\n${TABLE_B_HEAD}\n${rows.join('\n')}\n`;
    const editor = await openReport(text);
    editor.selection = new vscode.Selection(6, 5, 6, 5);
    await waitFor(async () => {
      await vscode.commands.executeCommand('nianbao.recalculateTotals');
      return editor.document.lineAt(6).text.endsWith('| 4 |');
    }, 'the total to be recalculated');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), text);
  });
});
