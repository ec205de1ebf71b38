/// <reference types="mocha" />
// "导入为年报" in a real extension host: the published Huai'an PDF (from ../shared, copied into the
// workspace) opens beside itself as an unsaved Markdown report named after it, in report mode, with the
// outline, the tables the parser recognizes, hover on a table cell and the findings the core gives on the
// same text; a file that is not a PDF ends with a message and no document.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { collectFindings, parseDocument } from '../../../server/src/core';
import { waitFor } from './wait';

const EXTENSION_ID = 'nianbao.nianbao';
const PDF = '2024_huaian_shizhengfu.pdf';


suite('导入为年报 (Import as Report)', () => {
  let dir: string;

  suiteSetup(async function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed in the extension host`);
    await ext.activate();
    const shared = process.env.NIANBAO_SHARED || path.resolve(ext.extensionPath, '..', 'shared');
    const source = path.join(shared, 'corpus', 'native', PDF);
    if (!fs.existsSync(source)) this.skip();
    dir = vscode.workspace.workspaceFolders![0].uri.fsPath;
    fs.copyFileSync(source, path.join(dir, PDF));
    fs.writeFileSync(path.join(dir, 'not-a-pdf.pdf'), 'this is not a PDF');
  });

  test('the PDF opens as an unsaved report named after it, with outline, tables, hover and findings', async () => {
    const pdf = vscode.Uri.file(path.join(dir, PDF));
    const doc = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('nianbao.importAsReport', pdf);
    assert.ok(doc, 'the command returns the new document');
    assert.strictEqual(doc.uri.scheme, 'untitled');
    assert.strictEqual(path.basename(doc.uri.fsPath), '2024_huaian_shizhengfu.md');
    assert.strictEqual(doc.languageId, 'nianbao');
    assert.ok(doc.isDirty || doc.isUntitled, 'not saved');
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document === doc), 'shown in an editor');

    const parsed = parseDocument(doc.getText());
    assert.deepStrictEqual(parsed.tables.filter((t) => t.national).map((t) => t.national!.id), ['A', 'A', 'A', 'A', 'B', 'C']);

    const symbols = await waitFor(async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', doc.uri);
      return s && s.length > 0 ? s : undefined;
    }, 'the outline of the imported report');
    assert.match(symbols[0].name, /淮安市人民政府/);
    const parts = symbols[0].children.map((s) => s.name);
    assert.ok(parts.some((n) => n.startsWith('一、总体情况')), parts.join(' | '));
    assert.ok(parts.some((n) => n.startsWith('六、其他需要报告的事项')), parts.join(' | '));

    // Hover on the 自然人 figure of the first row of 表三 (3001).
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('| 一、本年新收政府信息公开申请数量 | 3001 |'));
    assert.ok(line >= 0);
    const position = new vscode.Position(line, doc.lineAt(line).text.indexOf('3001') + 1);
    const hovers = await waitFor(async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
      return h && h.length > 0 ? h : undefined;
    }, 'a hover on a table cell');
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /自然人|natural person/i, text);

    // The findings are those the core gives on the same text (none: the report is clean), published for the document.
    const expected = collectFindings(parsed).length;
    await waitFor(() => vscode.languages.getDiagnostics(doc.uri).length === expected || undefined, `${expected} diagnostics`);
  });

  test('a file that is not a PDF gives no document', async () => {
    const bad = vscode.Uri.file(path.join(dir, 'not-a-pdf.pdf'));
    const doc = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('nianbao.importAsReport', bad);
    assert.strictEqual(doc, undefined);
  });
});
