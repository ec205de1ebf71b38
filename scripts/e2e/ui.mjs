// UI test of the installed extension in code-server, driven with Playwright in Debian's chromium: what a
// user sees. The report is a plain .txt, so it also proves the content-based detection in the real UI.
// The display language is zh-cn (run-ui.sh), and the checks expect our Chinese strings where a user sees them.
// Checks: the language switch (status bar), the warning squiggle, the Problems panel, the hover widget on
// the squiggle, the Outline view (one small report, then seed 001's five reports), the Chinese command titles,
// the report's status bar item, a quick fix from the lightbulb menu, the hover on a table cell, Format Document
// on a table, a snippet typed key by key, the parsed-structure view, 导入为年报 on a PDF when the
// workspace has one, and the live preview (seed 001, 2024 淮安 with its tables, 2019 上海 with its errors marked).
// Screenshots go to SHOTS.
// Usage: node ui.mjs http://127.0.0.1:PORT /abs/workspace /abs/shots     Last line: "N passed, N failed".
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [base, folder, shots] = process.argv.slice(2);
fs.mkdirSync(shots, { recursive: true });
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-ui-chromium-'));
const t0 = Date.now();
const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const results = [];
const shot = (name) => page.screenshot({ path: path.join(shots, name) });

async function check(name, fn) {
  const s = Date.now();
  try {
    await fn();
    results.push({ name, ok: true, ms: Date.now() - s });
    log('PASS', name);
  } catch (e) {
    results.push({ name, ok: false, ms: Date.now() - s, error: String(e?.message ?? e) });
    log('FAIL', name, e?.message);
    await shot(`fail-${name.replace(/[^\w\u4e00-\u9fff]+/g, '_')}.png`).catch(() => {});
    // close what the failed check left open (a menu, a widget) so that the next check starts clean
    await page.keyboard.press('Escape').catch(() => {});
    await page.keyboard.press('Escape').catch(() => {});
  }
}

const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1400, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = context.pages()[0] || await context.newPage();
page.on('pageerror', (e) => { if (process.env.VERBOSE) log('pageerror', e.message); });
const editor = page.locator('.editor-instance .monaco-editor').first();
const MESSAGE = /统计表|statistics tables/;

async function runCommand(label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill('>' + label);
  // wait until the list is filtered: before that its first row can be a recently used command
  const tail = label.split(': ').pop();
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: tail }).first().waitFor();
  await page.keyboard.press('Enter');
}

async function gotoLineCol(line, col) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${col}`);
  await page.keyboard.press('Enter');
}

async function openFromExplorer(name, firstLineText) {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).click();
  await page.locator('.tabs-container .tab', { hasText: name }).waitFor();
  await editor.locator('.view-lines').filter({ hasText: firstLineText }).waitFor();
}

const outline = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^Outline/i }) });
async function outlineShows(names) {
  for (const name of names) {
    await outline.locator('.monaco-list-row', { hasText: name }).first().waitFor({ timeout: 20000 });
  }
  return outline.locator('.monaco-list-row').allTextContents();
}

await check('workbench loads', async () => {
  await page.goto(`${base}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded' });
  await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60000 });
});

await check('a report saved as .txt opens in the nianbao language', async () => {
  await openFromExplorer('broken-table.txt', '某某县人民政府办公室');
  // the status bar's language indicator shows the language's first alias
  await page.locator('.statusbar-item', { hasText: '政府信息公开年报' }).first().waitFor({ timeout: 30000 });
  await shot('01-opened.png');
});

await check('a warning squiggle under the unreadable table', async () => {
  await page.waitForFunction(() => document.querySelectorAll('.editor-instance .squiggly-warning').length >= 1, null, { timeout: 30000 });
  await shot('02-squiggle.png');
});

await check('the Problems panel lists the warning', async () => {
  await page.keyboard.press('Control+Shift+M');
  const row = page.locator('.markers-panel .monaco-list-row').filter({ hasText: MESSAGE });
  await row.first().waitFor({ timeout: 20000 });
  const text = await row.first().textContent();
  if (!/table-unreadable/.test(text) || !/\[Ln 7, Col 1\]|7:1|Ln 7/.test(text)) throw new Error(`problem row: ${text}`);
  await shot('03-problems.png');
});

await check('the hover widget on the squiggle shows the warning', async () => {
  await editor.click({ position: { x: 300, y: 10 } });
  await gotoLineCol(7, 4);
  await runCommand('Show or Focus Hover');
  await page.locator('.monaco-hover:not(.hidden)').filter({ hasText: MESSAGE }).first().waitFor({ timeout: 20000 });
  await shot('04-hover.png');
  await page.keyboard.press('Escape');
});

await check('the Outline view shows the report and its headings', async () => {
  await runCommand('Explorer: Focus on Outline View');
  const rows = await outlineShows(['某某县人民政府办公室2024年政府信息公开工作年度报告', '一、总体情况', '二、收到和处理政府信息公开申请情况', '三、存在的主要问题及改进情况']);
  log('outline rows:', JSON.stringify(rows));
  await shot('05-outline.png');
});

await check('the Outline view of seed 001 shows its five reports', async () => {
  await openFromExplorer('seed-001.txt', '第一篇');
  await outline.locator('.monaco-list-row', { hasText: '第一篇' }).first().waitFor({ timeout: 20000 });
  // the outline starts expanded and the list renders only what fits: collapse it to see every report
  await outline.locator('.pane-header').hover();
  await outline.locator('.pane-header .action-label[aria-label^="Collapse All"]').click();
  const rows = await outlineShows(['第一篇', '第二篇', '第三篇', '第四篇', '第五篇']);
  log('outline rows:', JSON.stringify(rows.slice(0, 8)));
  await shot('06-outline-seed-001.png');
});

// From here on the fictional example report (examples/, 2021 format, deliberate errors listed in its README).
const QINGHE = 'qinghe-2024.md';
/** The visible text of the editors, no-break spaces as spaces (VS Code renders spaces as U+00A0). */
const visibleText = () => page.evaluate(() => [...document.querySelectorAll('.editor-instance .monaco-editor .view-lines')]
  .map((e) => e.textContent).join('\n').replace(/\u00a0/g, ' '));
async function waitForText(re, timeout = 20000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = await visibleText();
    if (re.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`no ${re} in the editor; it shows: ${text.slice(0, 300)}`);
    await page.waitForTimeout(250);
  }
}

await check('the workbench shows our commands in Chinese (display language zh-cn)', async () => {
  // the side bar's title comes from the language pack stub: proof that the workbench runs in zh-cn
  await page.keyboard.press('Control+Shift+E');
  await page.locator('.part.sidebar .title-label', { hasText: '资源管理器' }).first().waitFor({ timeout: 20000 });
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill('>政府信息公开年报');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: '政府信息公开年报: 显示解析结果' }).first().waitFor({ timeout: 20000 });
  await shot('07-commands-zh.png');
  await page.keyboard.press('Escape');
});

await check('the status bar item shows the report in Chinese', async () => {
  await openFromExplorer(QINGHE, '青禾县人民政府2024年政府信息公开工作年度报告');
  const item = page.locator('.statusbar-item', { has: page.locator('.codicon-law') });
  await item.filter({ hasText: /2024年度 · 2021年格式/ }).first().waitFor({ timeout: 30000 });
  log('status bar item:', JSON.stringify(await item.first().textContent()));
  await shot('08-status-bar.png');
});

await check('a quick fix from the lightbulb menu (in Chinese) corrects the document number', async () => {
  await page.waitForFunction(() => document.querySelectorAll('.editor-instance .squiggly-warning, .editor-instance .squiggly-error').length >= 1, null, { timeout: 30000 });
  await gotoLineCol(3, 112);   // inside 国办公开办函[2021]30号
  const fix = page.locator('.action-widget .monaco-list-row', { hasText: '改为“〔2021〕”' }).first();
  // the fix exists once the server has checked the file: until then the menu says no code actions
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+.');
    try { await fix.waitFor({ timeout: 8000 }); break; } catch (e) {
      if (attempt === 3) throw e;
      await page.keyboard.press('Escape');
      await page.waitForTimeout(2000);
    }
  }
  await shot('09-quick-fix-menu.png');
  // choose it with the arrow keys, as a user does (the menu blocks pointer events while it settles)
  const focused = page.locator('.action-widget .monaco-list-row.focused');
  for (let i = 0; i < 8 && (await focused.getAttribute('aria-label').catch(() => null)) !== '改为“〔2021〕”'; i++) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await waitForText(/国办公开办函〔2021〕30号/);
  await shot('10-quick-fix-applied.png');
});

await check('the hover on a table cell explains its sum', async () => {
  await gotoLineCol(70, 63);   // 表三 row 6.属于四类过程性信息, 总计 5 (the parts add up to 4)
  await runCommand('Show or Focus Hover');
  await page.locator('.monaco-hover:not(.hidden)').filter({ hasText: '本行总计 = 六类申请人之和' }).first().waitFor({ timeout: 20000 });
  await shot('11-hover-table-cell.png');
  await page.keyboard.press('Escape');
});

await check('Format Document aligns a table', async () => {
  await gotoLineCol(42, 1);
  if (/行政许可 \| 4862 {4,}\|/.test(await visibleText())) throw new Error('the table was aligned before formatting');
  await runCommand('格式化文档');   // Format Document, its title from the language pack stub
  await waitForText(/行政许可 \| 4862 {4,}\|/, 30000);
  await shot('12-format-document.png');
});

await check('a snippet is inserted by typing its prefix key by key', async () => {
  await openFromExplorer('broken-table.txt', '某某县人民政府办公室');
  await editor.click({ position: { x: 300, y: 10 } });
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('nianbao-2021', { delay: 150 });
  await page.locator('.suggest-widget .monaco-list-row.focused', { hasText: '2021年格式' }).first().waitFor({ timeout: 20000 });
  await shot('13-snippet-suggest.png');
  await page.keyboard.press('Enter');
  await waitForText(/××市人民政府/);
  await shot('14-snippet-inserted.png');
});

await check('显示解析结果 opens the parsed structure beside the report', async () => {
  await page.locator('.tabs-container .tab', { hasText: QINGHE }).click();   // still open, scrolled to its tables
  await runCommand('显示解析结果');
  await page.locator('.tabs-container .tab', { hasText: '（解析结果）' }).first().waitFor({ timeout: 30000 });
  await waitForText(/2021年格式/);
  await shot('15-parsed-structure.png');
});

if (fs.existsSync(path.join(folder, 'huaian-2024.pdf'))) {
  await check('导入为年报 turns a PDF into a checked report', async () => {
    await runCommand('View: Close All Editors');
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'huaian-2024.pdf' }).click();
    // opening a PDF offers the import once, in a notification
    const offer = page.locator('.notifications-toasts .notification-toast', { hasText: '可以导入为年报' });
    await offer.first().waitFor({ timeout: 30000 });
    await shot('16-import-offer.png');
    await offer.locator('.monaco-button', { hasText: '导入为年报' }).first().click();
    await page.locator('.tabs-container .tab', { hasText: 'huaian-2024.md' }).first().waitFor({ timeout: 90000 });
    await waitForText(/淮安市人民政府\s*2024\s*年政府信息公开工作年度报告/, 30000);   // the PDF breaks the title after 政府
    await page.locator('.statusbar-item', { has: page.locator('.codicon-law') }).filter({ hasText: /2024年度/ }).first().waitFor({ timeout: 30000 });
    await shot('17-imported-report.png');
  });
} else {
  log('skipped: 导入为年报 (no ../shared/corpus/native/2024_huaian_shizhengfu.pdf)');
}

/** Closes every editor, discarding unsaved ones (the imported report, the snippet's document): "Don't Save". */
async function closeAllDiscarding() {
  await runCommand('View: Close All Editors');
  for (let i = 0; i < 5; i++) {
    const dontSave = page.locator('.monaco-dialog-box .monaco-button', { hasText: /Don't Save|不保存/ }).first();
    try { await dontSave.waitFor({ timeout: 2000 }); } catch { break; }
    await dontSave.click();
  }
}

// The live preview: a webview (an iframe holding the page's own iframe) beside the report.
const previewFrame = () => page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');

await check('the preview of seed 001 renders its reports and headings beside it', async () => {
  await closeAllDiscarding();
  await openFromExplorer('seed-001.txt', '第一篇');
  await runCommand('政府信息公开年报: 预览年度报告');
  const frame = previewFrame();
  await frame.locator('h1.nb-title', { hasText: '绵阳市环境保护局2009年政府信息公开工作年度报告' }).first().waitFor({ timeout: 30000 });
  await frame.locator('h2.nb-h1', { hasText: '一、概述' }).first().waitFor();
  await shot('18-preview-seed-001.png');
  await closeAllDiscarding(); // the next report and its preview start alone
});

await check('the editor title button previews 2024_huaian_shizhengfu_1.md with its tables', async () => {
  await openFromExplorer('2024_huaian_shizhengfu_1.md', '淮安市人民政府');
  await page.locator('.editor-actions .action-label[aria-label*="预览年度报告"]').first().click();
  const frame = previewFrame();
  const table = frame.locator('table.nb-national[aria-label^="表三"], table.nb-national[aria-label^="Table 3"]');
  await table.waitFor({ timeout: 30000 });
  const merged = await table.locator('th[colspan="7"]', { hasText: '申请人情况' }).count();
  if (merged !== 1) throw new Error('表三 has no merged 申请人情况 header');
  await shot('19-preview-huaian.png');
  await table.evaluate((t) => t.scrollIntoView());
  await page.waitForTimeout(500);
  await shot('20-preview-huaian-table.png');
  await closeAllDiscarding();
});

await check('the preview marks the Shanghai 2019 errors ✗', async () => {
  await openFromExplorer('2019_shanghai_bangongting_1.md', '2019年上海市人民政府办公厅');
  await runCommand('政府信息公开年报: 预览年度报告');
  const frame = previewFrame();
  const bad = frame.locator('.nb-fig.nb-bad', { hasText: '33.9%' });
  await bad.first().waitFor({ timeout: 30000 });
  await bad.first().evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(500);
  await shot('21-preview-shanghai-2019.png');
});

await context.close();
fs.rmSync(profile, { recursive: true, force: true });
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
fs.writeFileSync(path.join(shots, 'ui-results.json'), JSON.stringify(results, null, 2));
console.log(`UI test wall time: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
