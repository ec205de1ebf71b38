/// <reference types="mocha" />
// The live preview (issue 11 item 3) in a real extension host: the command opens a webview panel beside the
// report, the page inside it renders the server's HTML (it reports each version it shows), and an edit of the
// report reaches the page. Runs after editor.test.ts in the same extension host.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './wait';

const EXTENSION_ID = 'nianbao.nianbao';

interface PreviewApi {
  previews: {
    previewOf(uri: vscode.Uri): { panel: vscode.WebviewPanel; renderedVersion: number } | undefined;
  };
}


const REPORT = [
  '青禾县测试局2024年政府信息公开工作年度报告',
  '',
  '一、总体情况',
  '',
  '本年度共主动公开政府信息30条，其中政策文件类10条、工作动态类20条。',
  '',
].join('\n');

suite('the live preview', () => {
  let api: PreviewApi;

  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    api = (await ext.activate()) as PreviewApi;
  });

  test('the command opens a webview beside the report, and the page shows each edit', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'nianbao', content: REPORT });
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    const panel = (await vscode.commands.executeCommand('nianbao.openPreview')) as vscode.WebviewPanel | undefined;
    assert.ok(panel, 'the command returns the panel');
    assert.strictEqual(panel.viewType, 'nianbao.preview');
    assert.ok(panel.webview.options.enableScripts, 'the page runs its script');
    assert.match(panel.webview.html, /Content-Security-Policy/, 'the page declares a Content Security Policy');
    const tab = await waitFor(
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('nianbao.preview')),
      'a webview tab',
    );
    assert.notStrictEqual(tab.group.viewColumn, vscode.ViewColumn.One, 'beside the report, not over it');
    const preview = () => api.previews.previewOf(doc.uri);
    await waitFor(() => preview()?.renderedVersion === doc.version, `the page to show version ${doc.version}`);

    const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    await editor.edit((e) => e.insert(new vscode.Position(doc.lineCount - 1, 0), '二、主动公开政府信息情况\n'));
    const edited = doc.version;
    await waitFor(() => preview()!.renderedVersion >= edited, `the page to show the edited version ${edited}`, 20_000);

    // Running the command again shows the same panel rather than a second one.
    const again = (await vscode.commands.executeCommand('nianbao.openPreview')) as vscode.WebviewPanel | undefined;
    assert.strictEqual(again, panel);
    panel.dispose();
    assert.strictEqual(preview(), undefined, 'a closed panel is forgotten');
  });
});
