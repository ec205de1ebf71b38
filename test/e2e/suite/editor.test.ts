/// <reference types="mocha" />
// What a writer's first session in the editor trips over (issue 11): a closed report that must come back
// as a report, snippet prefixes typed key by key, VS Code's Unicode highlighting and word wrap in report
// mode, and an empty document in report mode. Runs after extension.test.ts in the same extension host.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { parseDocument } from '../../../server/src/core';
import { waitFor } from './wait';

const EXTENSION_ID = 'nianbao.nianbao';


const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const folder = () => vscode.workspace.workspaceFolders![0].uri;
const inWorkspace = (name: string) => vscode.Uri.joinPath(folder(), name);
const openDoc = (uri: vscode.Uri) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());

/**
 * Opens `uri` the way a click in the Explorer does (vscode.open: no extension holds the document, unlike
 * workspace.openTextDocument, whose documents VS Code keeps for minutes), so closing its tab disposes it.
 */
async function openLikeExplorer(uri: vscode.Uri): Promise<void> {
  await vscode.commands.executeCommand('vscode.open', uri, { preview: true });
  await waitFor(() => openDoc(uri), `${path.basename(uri.fsPath)} to be open`);
}

/** Closes every editor of `uri` and waits until the extension host has closed the document itself. */
async function closeDocument(uri: vscode.Uri): Promise<void> {
  const closed = new Promise<void>((resolve) => {
    const sub = vscode.workspace.onDidCloseTextDocument((d) => {
      if (d.uri.toString() === uri.toString()) {
        sub.dispose();
        resolve();
      }
    });
  });
  const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
  await vscode.window.tabGroups.close(tabs);
  await Promise.race([closed, waitFor(() => !openDoc(uri), `${path.basename(uri.fsPath)} to be closed`, 20_000)]);
}

suite('nianbao as a writer meets it in the editor', () => {
  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await ext.activate();
    const shared = process.env.NIANBAO_SHARED || path.resolve(ext.extensionPath, '..', 'shared');
    for (const [seed, name] of [['002', 'reopen-002.txt'], ['004', 'reopen-004.txt'], ['000', 'by-hand-000.txt']]) {
      const file = fs.readdirSync(path.join(shared, 'seeds')).find((n) => n.startsWith(`${seed}_`))!;
      fs.copyFileSync(path.join(shared, 'seeds', file), path.join(folder().fsPath, name));
    }
  });

  test('a report that was closed is a report again when it is opened again (preview tab replaced)', async () => {
    for (const round of [1, 2]) {
      for (const name of ['reopen-002.txt', 'reopen-004.txt']) {
        const uri = inWorkspace(name);
        await openLikeExplorer(uri);
        await waitFor(() => openDoc(uri)?.languageId === 'nianbao', `${name} to be nianbao (round ${round}; it is ${openDoc(uri)?.languageId})`);
        await closeDocument(uri);
      }
    }
  });

  test('a language the user chose by hand is kept when the document is opened again', async () => {
    const uri = inWorkspace('by-hand-000.txt');
    await openLikeExplorer(uri);
    await waitFor(() => openDoc(uri)?.languageId === 'nianbao', 'by-hand-000.txt to be detected');
    await vscode.languages.setTextDocumentLanguage(openDoc(uri)!, 'plaintext');
    await pause(500); // detection would switch it back now if it ignored the hand choice
    assert.strictEqual(openDoc(uri)?.languageId, 'plaintext', 'the hand choice stands');
    await closeDocument(uri);
    await openLikeExplorer(uri);
    await pause(500);
    assert.strictEqual(openDoc(uri)?.languageId, 'plaintext', 'the hand choice is remembered after a close');
    await closeDocument(uri);
  });

  test('VS Code\'s Unicode highlighting is off and word wrap on for nianbao documents', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'nianbao', content: '一、概述\n本年度，（一）：共1件。\n' });
    const editor = vscode.workspace.getConfiguration('editor', doc);
    assert.strictEqual(editor.get('unicodeHighlight.ambiguousCharacters'), false);
    assert.strictEqual(editor.get('unicodeHighlight.invisibleCharacters'), false);
    assert.strictEqual(editor.get('wordWrap'), 'on');
    // They are the extension's language defaults, not global settings: another language keeps VS Code's.
    const own = vscode.workspace.getConfiguration('editor', { languageId: 'nianbao' });
    assert.strictEqual(own.inspect('wordWrap')?.defaultLanguageValue, 'on');
    assert.strictEqual(own.inspect('unicodeHighlight.ambiguousCharacters')?.defaultLanguageValue, false);
    assert.strictEqual(vscode.workspace.getConfiguration('editor', { languageId: 'typescript' }).get('wordWrap'), 'off');
  });

  // Each prefix with what its own snippet inserts (and no other snippet would): nianbao-disable and 表二 begin longer prefixes.
  const wholeReport = (era: string) => (text: string) => text.length > 200 && parseDocument(text).reports[0]?.era === era;
  const cases: Array<[string, (text: string) => boolean]> = [
    ['nianbao-2021', wholeReport('2021')],
    ['nianbao-2019', wholeReport('2019')],
    ['nianbao-legacy', wholeReport('legacy')],
    ['nianbao-disable', (text) => /^<!-- nianbao-disable [a-z-]+ -->/.test(text)],
    ['nianbao-table-2', (text) => { const t = parseDocument(text).tables; return t.length === 1 && t[0].national?.id === 'A' && t[0].national.era === '2021'; }],
    ['表二', (text) => { const t = parseDocument(text).tables; return t.length === 1 && t[0].national?.id === 'A' && t[0].national.era === '2021'; }],
  ];
  for (const [prefix, isOwn] of cases) {
    test(`typing ${prefix} key by key and Enter inserts its own snippet`, async () => {
      const doc = await vscode.workspace.openTextDocument({ language: 'nianbao', content: '' });
      await vscode.window.showTextDocument(doc);
      for (const ch of prefix) {
        await vscode.commands.executeCommand('type', { text: ch });
        await pause(150); // human speed: the suggestion list updates between keys
      }
      await pause(1000);
      await vscode.commands.executeCommand('acceptSelectedSuggestion');
      const inserted = await waitFor(() => (doc.getText().length > prefix.length + 10 ? doc.getText() : undefined), `the snippet to be inserted (text now: ${JSON.stringify(doc.getText().slice(0, 80))})`, 5_000);
      await pause(200); // the snippet is inserted in one edit; let a following edit, if any, land
      assert.ok(isOwn(doc.getText()), `the ${prefix} snippet, not another: ${inserted.slice(0, 160)}`);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  }

  test('an empty document in report mode is a "new report" in the status bar, with no format or kind', async () => {
    const api = vscode.extensions.getExtension(EXTENSION_ID)!.exports as { statusBarItem?: vscode.StatusBarItem };
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '' });
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('nianbao.switchToReportMode');
    await waitFor(() => openDoc(doc.uri)?.languageId === 'nianbao', 'the empty document to be switched');
    const item = api.statusBarItem!;
    await waitFor(() => /新报告|New report/.test(item.text), `the status bar to say new report (it says "${item.text}")`);
    assert.doesNotMatch(item.text, /格式|format|人民政府|government|年份不明|year unknown/);
    const symbols = await waitFor(async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', doc.uri);
      return s && s.length ? s : undefined;
    }, 'the outline of the empty document');
    assert.deepStrictEqual(symbols.map((s) => [s.name, s.detail]), [[vscode.env.language.startsWith('zh') ? '新报告' : 'New report', '']]);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
