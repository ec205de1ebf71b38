/// <reference types="mocha" />
// The extension in a real VS Code extension host: activation, report detection, the outline and
// diagnostics, as a user gets them. Runs inside the editor (see index.ts); waits on events or polls
// with a deadline, never sleeps a fixed time.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { outlineOf, parseDocument, type OutlineNode } from '../../../server/src/core';
import { waitFor } from './wait';

const EXTENSION_ID = 'nianbao.nianbao';
const SEED_001 = '001_e0f2844ddd246cd5.txt';
const CORPUS = ['2013_daoxian_wenguangxinju_1.md', '2019_shanghai_bangongting_1.md'];
const PARSER_CODES = new Set(['table-unreadable', 'table-incomplete', 'binary-content', 'document-truncated']);

type Api = { client?: { isRunning(): boolean } };

/** Polls `fn` until it returns something truthy; fails with `what` after `ms`. */

/** Resolves when the diagnostics of `uri` satisfy `ok`: checked now and on every onDidChangeDiagnostics. */
function waitForDiagnostics(uri: vscode.Uri, ok: (d: vscode.Diagnostic[]) => boolean, what: string, ms = 30_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const current = () => vscode.languages.getDiagnostics(uri);
    if (ok(current())) return resolve(current());
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}; diagnostics now: ${JSON.stringify(current().map((d) => [d.code, d.range.start.line, d.message]))}`));
    }, ms);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString()) || !ok(current())) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(current());
    });
  });
}

const problems = (ds: vscode.Diagnostic[]) => ds.filter((d) => PARSER_CODES.has(codeOf(d)));
const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);
const langOf = (uri: vscode.Uri) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId;
const folder = () => vscode.workspace.workspaceFolders![0].uri;
const inWorkspace = (name: string) => vscode.Uri.joinPath(folder(), name);

async function show(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(inWorkspace(name));
  return vscode.window.showTextDocument(doc);
}

async function showAndWaitForLanguage(name: string, languageId: string): Promise<vscode.Uri> {
  const uri = inWorkspace(name);
  await show(name);
  await waitFor(() => langOf(uri) === languageId, `${name} to be ${languageId} (it is ${langOf(uri)})`);
  return uri;
}

/**
 * Makes sure every language switch the extension asked for so far has been applied: switches a fresh
 * untitled document by command and waits for it. The main thread applies switches in order, so a
 * document that is still not nianbao afterwards was never going to be switched.
 */
async function settle(): Promise<void> {
  const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'x' });
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('nianbao.switchToReportMode');
  await waitFor(() => langOf(doc.uri) === 'nianbao', 'the settle document to be switched');
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

async function documentSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  return waitFor(async () => {
    const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
    return s && s.length > 0 ? s : undefined;
  }, `document symbols of ${path.basename(uri.fsPath)}`);
}

type Tree = { name: string; line: number; children: Tree[] };
const fromSymbol = (s: vscode.DocumentSymbol): Tree => ({ name: s.name, line: s.range.start.line, children: s.children.map(fromSymbol) });

/** The outline the core parser reads in `text`, in the same shape (lines counted as in the document). */
function expectedOutline(doc: vscode.TextDocument): Tree[] {
  const text = doc.getText();
  const toTree = (n: OutlineNode): Tree => ({ name: n.name || '（无标题）', line: doc.positionAt(n.range.start).line, children: n.children.map(toTree) });
  // The server names tables and untitled reports in the editor's display language.
  return outlineOf(parseDocument(text), vscode.env.language.startsWith('zh') ? 'zh' : 'en').map(toTree);
}

suite('nianbao in a real VS Code extension host', () => {
  let ext: vscode.Extension<Api>;
  let api: Api;

  suiteSetup(() => {
    const found = vscode.extensions.getExtension<Api>(EXTENSION_ID);
    assert.ok(found, `${EXTENSION_ID} is installed in the extension host`);
    ext = found;
    // The reports live in ../shared beside the project; the test puts copies in the workspace folder.
    const shared = process.env.NIANBAO_SHARED || path.resolve(ext.extensionPath, '..', 'shared');
    const ws = vscode.workspace.workspaceFolders?.[0];
    assert.ok(ws, 'a workspace folder is open');
    const dir = ws.uri.fsPath;
    for (const f of fs.readdirSync(path.join(shared, 'seeds')).filter((n) => n.endsWith('.txt'))) {
      fs.copyFileSync(path.join(shared, 'seeds', f), path.join(dir, f));
    }
    for (const f of CORPUS) fs.copyFileSync(path.join(shared, 'corpus', f), path.join(dir, f));
    const broken = path.join(ext.extensionPath, 'test', 'fixtures', 'broken-table.txt');
    fs.copyFileSync(broken, path.join(dir, 'broken-table.txt'));
    fs.copyFileSync(broken, path.join(dir, 'report.nianbao'));
    fs.writeFileSync(path.join(dir, 'README.md'), '# 项目说明\n\n这是一个普通的说明文件，不是年度报告。\n\n## 安装\n\n运行 `npm ci`。\n');
    // A report that no earlier test opens (a document is switched at most once per session).
    fs.copyFileSync(path.join(shared, 'seeds', '000_a1f73ad27e92e238.txt'), path.join(dir, 'detect-off.txt'));
    fs.writeFileSync(path.join(dir, 'notes.txt'), '会议记录\n\n一、参会人员\n张三、李四。\n');
  });

  test('activates by itself when a report saved as .txt is opened, and switches it to nianbao', async () => {
    // No explicit ext.activate(): the manifest's activation events must do it.
    const uri = inWorkspace(SEED_001);
    await show(SEED_001);
    await waitFor(() => ext.isActive, 'the extension to activate on opening a .txt report');
    await waitFor(() => langOf(uri) === 'nianbao', `the seed report to be switched to nianbao (it is ${langOf(uri)})`);
    api = ext.exports;
  });

  test('its language client is running', async () => {
    assert.ok(api?.client, 'activate() returns the language client');
    await waitFor(() => api.client!.isRunning(), 'the language client to run');
  });

  test('its commands are registered and its settings have their defaults', async () => {
    const all = await vscode.commands.getCommands(true);
    assert.ok(all.includes('nianbao.switchToReportMode'));
    assert.ok(all.includes('nianbao.showOutput'));
    const c = vscode.workspace.getConfiguration('nianbao');
    assert.strictEqual(c.get('detectReports'), true);
    assert.strictEqual(c.get('era'), 'auto');
    assert.strictEqual(c.get('kind'), 'auto');
  });

  test('the outline of seed 001 shows its five reports and their headings', async () => {
    const symbols = await documentSymbols(inWorkspace(SEED_001));
    assert.deepStrictEqual(symbols.map((s) => s.name.slice(0, 3)), ['第一篇', '第二篇', '第三篇', '第四篇', '第五篇']);
    assert.match(symbols[0].name, /第一篇：绵阳市环境保护局2009年政府信息公开工作年度报告/);
    assert.deepStrictEqual(
      symbols[3].children.map((c) => c.name),
      ['一、主动公开情况', '二、依申请公开及咨询情况', '三、主要做法', '四、存在问题', '五、下一步工作打算'],
    );
    assert.strictEqual(symbols[3].range.start.line, 155);
  });

  test('the outline matches the headings the parser reads, for every seed and two corpus reports', async () => {
    const names = [...fs.readdirSync(folder().fsPath).filter((n) => /^\d{3}_.*\.txt$/.test(n)).sort(), ...CORPUS];
    assert.ok(names.length >= 7, `reports in the workspace: ${names.join(', ')}`);
    for (const name of names) {
      const uri = await showAndWaitForLanguage(name, 'nianbao');
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())!;
      const expected = expectedOutline(doc);
      assert.ok(expected.length > 0, `${name}: the parser finds a report`);
      const actual = (await documentSymbols(uri)).map(fromSymbol);
      assert.deepStrictEqual(actual, expected, `${name}: outline`);
    }
  });

  test('a report with a table it cannot read gets a warning on that table', async () => {
    const uri = inWorkspace('broken-table.txt');
    await showAndWaitForLanguage('broken-table.txt', 'nianbao');
    const diags = problems(await waitForDiagnostics(uri, (d) => problems(d).length > 0, 'the table-unreadable warning'));
    assert.strictEqual(diags.length, 1);
    const [d] = diags;
    assert.strictEqual(codeOf(d), 'table-unreadable');
    assert.strictEqual(d.source, 'nianbao');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepStrictEqual([d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character], [6, 0, 6, 15]);
    assert.match(d.message, /统计表|statistics table/); // the server speaks the editor's display language
  });

  test('seed 003: the missing 依申请公开 section is flagged on the title, with the rule page linked', async () => {
    const name = '003_46aca74da5115982.txt';
    const uri = inWorkspace(name);
    await showAndWaitForLanguage(name, 'nianbao');
    const diags = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'missing-section'), 'missing-section diagnostics');
    const missing = diags.filter((d) => codeOf(d) === 'missing-section');
    assert.strictEqual(missing.length, 3, missing.map((d) => d.message).join('\n'));
    assert.ok(missing.every((d) => d.range.start.line === 1), 'on the title line');
    const onRequest = missing.find((d) => /依申请/.test(d.message));
    assert.ok(onRequest, 'the 依申请公开 section is among them');
    assert.strictEqual(onRequest!.severity, vscode.DiagnosticSeverity.Warning); // mentioned only inside 三（一）
    assert.strictEqual(onRequest!.relatedInformation?.[0]?.location.range.start.line, 23);
    const code = onRequest!.code as { value: string; target: vscode.Uri };
    assert.match(code.target.toString(), /docs\/rules\/missing-section\.md$/);
  });

  test('seed 003: one quick fix inserts the 依申请公开 part as 四、, the diagnostic goes and the outline shows it', async () => {
    const name = '003_46aca74da5115982.txt';
    const uri = inWorkspace(name);
    const editor = await show(name);
    const diags = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'missing-section' && /依申请/.test(x.message)), 'the 依申请公开 diagnostic');
    const missing = diags.find((x) => codeOf(x) === 'missing-section' && /依申请/.test(x.message))!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, missing.range, vscode.CodeActionKind.QuickFix.value);
    // The display language of the test editor may be English or Chinese.
    const insert = actions.find((a) => /^(插入“|Insert the part ")依申请公开政府信息和不予公开政府信息的情况/.test(a.title));
    assert.strictEqual(new Set(actions.map((a) => a.title)).size, actions.length, 'no action is offered twice');
    assert.ok(insert?.edit, `the insert action among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(insert!.edit!));
    const text = editor.document.getText();
    assert.ok(text.includes('    四、依申请公开政府信息和不予公开政府信息的情况\n'), 'inserted as 四、 with the document\'s indentation');
    assert.ok(text.includes('    五、其他相关情况'), 'the heading after it is renumbered');
    await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'missing-section' && /依申请/.test(x.message)) && d.some((x) => codeOf(x) === 'missing-section'), 'the 依申请公开 diagnostic to go (the other two stay)');
    const symbols = await waitFor(async () => {
      const s = await documentSymbols(uri);
      return s[0].children.some((c) => c.name === '四、依申请公开政府信息和不予公开政府信息的情况') ? s : undefined;
    }, 'the outline to show the new section');
    assert.deepEqual(symbols[0].children.map((c) => c.name.slice(0, 2)), ['一、', '二、', '三、', '四、', '五、']);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('fix all on save (editor.codeActionsOnSave: source.fixAll.nianbao) applies the safe fixes only', async () => {
    const name = 'fixall-001.txt';
    fs.copyFileSync(inWorkspace(SEED_001).fsPath, inWorkspace(name).fsPath);
    const config = vscode.workspace.getConfiguration('editor', { languageId: 'nianbao' });
    await config.update('codeActionsOnSave', { 'source.fixAll.nianbao': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
    try {
      const uri = await showAndWaitForLanguage(name, 'nianbao');
      const editor = vscode.window.activeTextEditor!;
      await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'doc-number-brackets'), 'doc-number-brackets findings');
      const before = editor.document.getText();
      assert.ok(before.includes('绵府函[2010]64号'));
      // A change makes the save a real one; the save participant then runs the fix-all action.
      assert.ok(await editor.edit((e) => e.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, '\n')));
      await vscode.commands.executeCommand('workbench.action.files.save');
      const saved = fs.readFileSync(uri.fsPath, 'utf8');
      assert.ok(saved.includes('绵府函〔2010〕64号') && saved.includes('国办发〔2008〕36号'), 'the 文号 brackets are fixed in the saved file');
      assert.ok(saved.includes('二〇一〇年三月五日'), 'the Latin O in the year is fixed');
      assert.ok(saved.includes('876') === before.includes('876'), 'totals are not touched');
      assert.strictEqual(saved.split('\n').length, before.split('\n').length + 1, 'no section inserted by itself');
      await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'doc-number-brackets') && d.some((x) => codeOf(x) === 'missing-section'), 'the fixed findings to go, the others to stay');
    } finally {
      await config.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
    }
  });

  test('hovering a Table B cell of a corpus report tells its row × column and whether its identities hold', async () => {
    const name = CORPUS[1]; // 2019_shanghai_bangongting_1.md
    const uri = await showAndWaitForLanguage(name, 'nianbao');
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())!;
    const table = parseDocument(doc.getText()).tables.find((t) => t.national?.id === 'B')!;
    const cell = table.national!.cell('一', '自然人')!;
    const position = doc.positionAt(cell.start);
    const hovers = await waitFor(async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
      return h && h.length ? h : undefined;
    }, 'a hover on the cell');
    const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
    assert.match(text, /一、本年新收政府信息公开申请数量 × 自然人 = 821/);
    assert.match(text, /821 \+ 18 = 839.*767 \+ 72 = 839 ✓/, 'the balance 一 + 二 = （七）总计 + 四 with its values');
    assert.deepStrictEqual([hovers[0].range?.start.character, hovers[0].range?.end.character], [position.character, position.character + 3]);
  });

  test('editing re-checks: deleting the table clears the warning, undo brings it back', async () => {
    const uri = inWorkspace('broken-table.txt');
    const editor = await show('broken-table.txt');
    assert.ok(await editor.edit((e) => e.delete(new vscode.Range(6, 0, 9, 0))));
    await waitForDiagnostics(uri, (d) => problems(d).length === 0, 'the warning to go once the table is deleted');
    await vscode.commands.executeCommand('undo');
    const back = problems(await waitForDiagnostics(uri, (d) => problems(d).length === 1, 'the warning to come back after undo'));
    assert.strictEqual(back[0].range.start.line, 6);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('.nianbao files get the language from their extension, with diagnostics', async () => {
    const uri = await showAndWaitForLanguage('report.nianbao', 'nianbao');
    await waitForDiagnostics(uri, (d) => problems(d).length === 1, 'the table-unreadable warning in report.nianbao');
  });

  test('a Markdown report is switched to nianbao; an ordinary README and notes stay as they are', async () => {
    const readme = inWorkspace('README.md');
    const notes = inWorkspace('notes.txt');
    await show('README.md');
    await show('notes.txt');
    await showAndWaitForLanguage(CORPUS[0], 'nianbao');
    await settle();
    assert.strictEqual(langOf(readme), 'markdown');
    assert.strictEqual(langOf(notes), 'plaintext');
  });

  test('"switch to report mode" switches the active editor by hand', async () => {
    const readme = inWorkspace('README.md');
    await show('README.md');
    await vscode.commands.executeCommand('nianbao.switchToReportMode');
    await waitFor(() => langOf(readme) === 'nianbao', 'README.md to be switched by the command');
    await vscode.languages.setTextDocumentLanguage((await show('README.md')).document, 'markdown');
  });

  test('a report pasted into an untitled editor is switched', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '' });
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), fs.readFileSync(inWorkspace('broken-table.txt').fsPath, 'utf8')));
    await waitFor(() => langOf(doc.uri) === 'nianbao', 'the untitled report to be switched');
    await waitForDiagnostics(doc.uri, (d) => problems(d).length === 1, 'the warning in the untitled report');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('snippets are offered in nianbao documents', async () => {
    const uri = inWorkspace('report.nianbao');
    const editor = await show('report.nianbao');
    const end = new vscode.Position(editor.document.lineCount - 1, 0); // the empty last line
    assert.strictEqual(editor.document.lineAt(end.line).text, '');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, end);
    const labels = list.items
      .filter((i) => i.kind === vscode.CompletionItemKind.Snippet)
      .map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.some((l) => /报告标题|bgbt|nianbao-title/.test(l)), `the report-title snippet among: ${labels.join(', ')}`);
  });

  test('the status bar shows the active report\'s year and counts; nianbao.showParsedStructure opens what the parser understood', async () => {
    const name = '000_a1f73ad27e92e238.txt'; // one report: 2012, legacy format, a department
    const uri = await showAndWaitForLanguage(name, 'nianbao');
    const exports = await waitFor(() => ext.isActive && ext.exports, 'activate() to return');
    const item = (exports as { statusBarItem?: vscode.StatusBarItem }).statusBarItem;
    assert.ok(item, 'activate() returns the status bar item');
    const diags = await waitForDiagnostics(uri, (d) => d.length > 0, 'the diagnostics of seed 000');
    const count = (sev: vscode.DiagnosticSeverity) => diags.filter((d) => d.source === 'nianbao' && d.severity === sev).length;
    const counts = [[count(vscode.DiagnosticSeverity.Error), '$(error)'], [count(vscode.DiagnosticSeverity.Warning), '$(warning)']] as const;
    const expectedCounts = counts.filter(([n]) => n > 0).map(([n, icon]) => `${icon} ${n}`).join(' ') || '$(check)';
    // English or Chinese, whichever display language the editor runs in.
    const expected = [
      `$(law) 2012 report · legacy format (2008–2018) · government department · ${expectedCounts}`,
      `$(law) 2012年度 · 2008—2018年旧格式 · 人民政府部门 · ${expectedCounts}`,
    ];
    await waitFor(() => expected.includes(item!.text), `the status bar text (now "${item!.text}") to be one of ${expected.join(' | ')}`);
    assert.strictEqual(item!.command, 'nianbao.showParsedStructure');
    assert.match(String(item!.tooltip), /北仑区环保局2012年度政府信息公开工作年度报告/);

    const view = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('nianbao.showParsedStructure');
    assert.ok(view, 'the command returns the document it opened');
    assert.strictEqual(view!.uri.scheme, 'nianbao-parsed');
    assert.strictEqual(vscode.Uri.parse(view!.uri.query).toString(), uri.toString(), 'the view names its report');
    assert.match(view!.getText(), /year: 2012 \(from the title\)|年份: 2012 \(来自标题\)/);
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document === view), 'the view is shown');
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'the report keeps the focus');
    await vscode.window.showTextDocument(view!);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('with nianbao.detectReports off, a report opened as .txt stays plain text', async () => {
    const config = vscode.workspace.getConfiguration('nianbao');
    await config.update('detectReports', false, vscode.ConfigurationTarget.Workspace);
    try {
      const uri = inWorkspace('detect-off.txt');
      await show('detect-off.txt');
      await settle();
      assert.strictEqual(langOf(uri), 'plaintext');
    } finally {
      await config.update('detectReports', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
