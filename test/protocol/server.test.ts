// Protocol-level tests: the bundled server (dist/server.js) over stdio, driven by a plain LSP client
// (vscode-languageserver-protocol), no editor involved. What an editor would see: the initialize
// result, published diagnostics, document symbols and folding ranges, and diagnostics re-published
// after incremental edits — with positions in UTF-16 code units, as LSP requires.
// Code actions are tested here; hover has its own file (hover.test.ts).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification,
  DocumentSymbolRequest, FoldingRangeRequest, TextDocumentSyncKind,
  type CodeAction, type DocumentSymbol, type PublishDiagnosticsParams, type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { SHARED as shared, sharedTest } from '../unit/fixtures';
import { startServer, type TestServer } from './lspServer';

const root = path.join(__dirname, '..', '..');

let server: TestServer;
let conn: TestServer['conn'];
let init: TestServer['init'];
let published: TestServer['published'];
let nextDiagnostics: TestServer['diagnostics'];

before(async () => {
  server = await startServer({
    capabilities: {
      textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
      workspace: { workspaceEdit: { documentChanges: true } },
    },
  });
  ({ conn, init, published, diagnostics: nextDiagnostics } = server);
});

after(() => server?.stop());

async function open(file: string, languageId = 'nianbao'): Promise<{ uri: string; text: string }> {
  const text = fs.readFileSync(file, 'utf8');
  const uri = pathToFileURL(file).href;
  const diags = nextDiagnostics(uri, 1);
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  await diags;
  return { uri, text };
}

sharedTest('outline of seed 001 has its five reports with their level-1 headings', async () => {
  const { uri } = await open(path.join(shared, 'seeds', '001_e0f2844ddd246cd5.txt'));
  const symbols = (await conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  assert.equal(symbols.length, 5);
  assert.match(symbols[0].name, /第一篇：绵阳市环境保护局2009年政府信息公开工作年度报告/);
  assert.equal(symbols[0].range.start.line, 0);
  assert.deepEqual(
    symbols[3].children!.map((c) => c.name),
    ['一、主动公开情况', '二、依申请公开及咨询情况', '三、主要做法', '四、存在问题', '五、下一步工作打算'],
  );
  // 第四篇 starts on line 156 (0-based 155).
  assert.equal(symbols[3].range.start.line, 155);
});

sharedTest('outline of a standard-format report nests the national tables under their sections', async () => {
  const { uri } = await open(path.join(shared, 'corpus', '2024_huaian_shizhengfu_1.md'), 'markdown');
  const [report] = (await conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  const section3 = report.children!.find((c) => c.name.startsWith('三、'))!;
  assert.equal(section3.name, '三、收到和处理政府信息公开申请情况');
  assert.deepEqual(section3.children!.map((c) => c.name), ['表三（收到和处理政府信息公开申请情况）']);
  assert.equal(section3.children![0].range.start.line, 51);
  const folds = await conn.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
  assert.ok(folds!.some((f) => f.startLine === 51 && f.endLine === 77), 'Table B folds from its header to its last row');
});

sharedTest('a table it cannot read is reported, and an edit in the middle of a CJK line is applied at the right UTF-16 offset', async () => {
  const file = path.join(shared, 'corpus', '2024_huaian_shizhengfu_1.md');
  const { uri } = await open(file, 'nianbao');
  const first = published.filter((p) => p.uri === uri).at(-1)!;
  assert.deepEqual(first.diagnostics, []);
  // Break the label of Table B's first row in the middle of the CJK text: 本年新收 → 本年新X收 is still
  // recognized; replacing the whole label block with junk makes the table unreadable.
  const line = 53; // "| 一、本年新收政府信息公开申请数量 | 3001 | …"
  const v2 = nextDiagnostics(uri, 2);
  await conn.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line, character: 5 }, end: { line, character: 5 } }, text: 'X' }],
  });
  const after2 = await v2;
  // Still recognized (no table-unreadable); table-label names the official label, and its range — the
  // written label, X included — shows that the edit landed at the right UTF-16 offset.
  assert.deepEqual(
    after2.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character]),
    [['table-label', line, 2, 19]],
    'a one-character typo in a label is tolerated by the parser and named by table-label',
  );
  assert.match(String(after2.diagnostics[0].message), /应为“一、本年新收政府信息公开申请数量”/);
  const v3 = nextDiagnostics(uri, 3);
  await conn.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 3 },
    contentChanges: [{ range: { start: { line: 51, character: 0 }, end: { line: 77, character: 0 } }, text: '| 本年新收 | 予以公开 |\n|---|---|\n| 上年结转 | 1 |\n' }],
  });
  const after3 = await v3;
  assert.equal(after3.diagnostics.length, 1);
  assert.equal(after3.diagnostics[0].code, 'table-unreadable');
  assert.equal(after3.diagnostics[0].range.start.line, 51);
  assert.match(String(after3.diagnostics[0].message), /统计表/);
});

// ---- helpers for documents that exist only in the client (the server never reads files itself) ----

const fixtures = path.join(root, 'test', 'fixtures');
let scratch = 0;
const versions = new Map<string, number>();

async function openText(text: string, name: string, languageId = 'nianbao'): Promise<{ uri: string; diagnostics: PublishDiagnosticsParams }> {
  const uri = pathToFileURL(path.join(root, '.protocol-scratch', `${++scratch}-${name}`)).href;
  versions.set(uri, 1);
  const diags = nextDiagnostics(uri, 1);
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  return { uri, diagnostics: await diags };
}

/** Sends one didChange (a new version) and resolves with the diagnostics published for that version. */
async function edit(uri: string, ...contentChanges: TextDocumentContentChangeEvent[]): Promise<PublishDiagnosticsParams> {
  const version = versions.get(uri)! + 1;
  versions.set(uri, version);
  const diags = nextDiagnostics(uri, version);
  await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
  return diags;
}

function symbols(uri: string): Promise<DocumentSymbol[]> {
  return conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }) as Promise<DocumentSymbol[]>;
}

const at = (line: number, character: number) => ({ line, character });
// The parser's own problems. Checks added later may report more on the same texts; these tests look
// only at what the parser says, so that a new check does not break them.
const PARSER_CODES = new Set(['table-unreadable', 'table-incomplete', 'binary-content', 'document-truncated']);
const problems = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => PARSER_CODES.has(String(d.code)));
const BROKEN = () => fs.readFileSync(path.join(fixtures, 'broken-table.txt'), 'utf8');

test('initialize: incremental sync, document symbols and folding ranges, server info', () => {
  const caps = init.capabilities;
  const sync = typeof caps.textDocumentSync === 'object' ? caps.textDocumentSync.change : caps.textDocumentSync;
  assert.equal(sync, TextDocumentSyncKind.Incremental);
  assert.ok(caps.documentSymbolProvider, 'documentSymbolProvider');
  assert.equal(caps.foldingRangeProvider, true);
  assert.equal(init.serverInfo?.name, 'nianbao-language-server');
  // TODO(hover, code actions): assert hoverProvider and codeActionProvider once the server offers them.
});

sharedTest('every seed report gets its diagnostics published, on lines of the document', async () => {
  for (const name of fs.readdirSync(path.join(shared, 'seeds')).filter((f) => f.endsWith('.txt'))) {
    const file = path.join(shared, 'seeds', name);
    const { uri, text } = await open(file);
    const p = published.filter((x) => x.uri === uri).at(-1)!;
    assert.equal(p.version, 1, name);
    const lines = text.split('\n').length;
    for (const d of p.diagnostics) {
      assert.equal(d.source, 'nianbao', `${name}: source`);
      assert.ok(d.range.start.line < lines && d.range.end.line < lines, `${name}: ${JSON.stringify(d.range)} inside the text`);
    }
    await conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }
});

sharedTest('seed 001: one document symbol per report, 第一篇 … 第五篇, each with its headings as children', async () => {
  const file = path.join(shared, 'seeds', '001_e0f2844ddd246cd5.txt');
  const { uri } = await open(file);
  const syms = await symbols(uri);
  assert.deepEqual(syms.map((s) => s.name.slice(0, 3)), ['第一篇', '第二篇', '第三篇', '第四篇', '第五篇']);
  for (const s of syms) {
    assert.ok(s.children && s.children.length > 0, `${s.name} has headings`);
    assert.ok(s.selectionRange.start.line >= s.range.start.line && s.selectionRange.end.line <= s.range.end.line, `${s.name}: selection inside range`);
  }
  // Reports follow each other without overlapping.
  for (let i = 1; i < syms.length; i++) assert.ok(syms[i].range.start.line >= syms[i - 1].range.end.line - 1, `report ${i + 1} starts after report ${i}`);
  const folds = await conn.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
  for (const s of syms) assert.ok(folds!.some((f) => f.startLine === s.range.start.line), `${s.name.slice(0, 3)} folds`);
});

test('a table that looks national but cannot be read: table-unreadable on its first row; fixing the table clears it', async () => {
  const { uri, diagnostics } = await openText(BROKEN(), 'broken-table.txt');
  assert.equal(problems(diagnostics).length, 1);
  const [d] = problems(diagnostics);
  assert.equal(d.code, 'table-unreadable');
  assert.equal(d.severity, 2 /* Warning */);
  assert.deepEqual(d.range, { start: at(6, 0), end: at(6, '| 本年新收 | 予以公开 |'.length) });
  const syms = await symbols(uri);
  assert.equal(syms.length, 1);
  assert.deepEqual(syms[0].children!.map((c) => c.name), ['一、总体情况', '二、收到和处理政府信息公开申请情况', '三、存在的主要问题及改进情况']);

  // Delete the table (lines 6–8): nothing left to complain about.
  const cleared = await edit(uri, { range: { start: at(6, 0), end: at(9, 0) }, text: '' });
  assert.deepEqual(problems(cleared), []);
  // Put it back two lines lower, after a new paragraph: the warning comes back where the table now is.
  const back = await edit(uri, { range: { start: at(6, 0), end: at(6, 0) }, text: '本年度共收到申请如下。\n\n| 本年新收 | 予以公开 |\n|---|---|\n| 上年结转 | 1 |\n' });
  assert.deepEqual(problems(back).map((x) => [x.code, x.range.start.line]), [['table-unreadable', 8]]);
});

test('UTF-16: an edit right after an astral-plane character (𠀀, a surrogate pair) lands where the client meant', async () => {
  assert.equal('𠀀'.length, 2, 'one code point, two UTF-16 code units');
  // Line 6 reads "| 𠀀年新收 | 备注 |": no word of a national table, so no warning yet.
  const text = BROKEN()
    .replace('二、收到和处理政府信息公开申请情况', '二、收到𠀀和处理政府信息公开申请情况')
    .replace('| 本年新收 | 予以公开 |', '| 𠀀年新收 | 备注 |')
    .replace('| 上年结转 | 1 |', '| 上年 | 1 |');
  const { uri, diagnostics } = await openText(text, 'astral.txt');
  assert.deepEqual(problems(diagnostics), []);

  // Insert 本 at UTF-16 character 4, just after "| 𠀀". Read correctly, the row now says 本年新收 and the
  // table looks national (warning). A server counting code points would put 本 after 年 ("年本新收": no warning);
  // one counting bytes or splitting the pair would corrupt the character.
  const after = await edit(uri, { range: { start: at(6, 4), end: at(6, 4) }, text: '本' });
  const row = '| 𠀀本年新收 | 备注 |';
  const [warning, ...more] = problems(after);
  assert.deepEqual(more, []);
  assert.equal(warning?.code, 'table-unreadable', 'the inserted 本 completes 本年新收');
  // …and the warning's end on that line is counted in UTF-16 code units (the row's JS length), not code points.
  assert.deepEqual(warning.range, { start: at(6, 0), end: at(6, row.length) });
  assert.notEqual(row.length, [...row].length);

  // The same in a heading: insert after 𠀀 (character 6 = 二、收到 + the pair) and read the symbol back.
  await edit(uri, { range: { start: at(5, 6), end: at(5, 6) }, text: '（X）' });
  const heading = '二、收到𠀀（X）和处理政府信息公开申请情况';
  const [report] = await symbols(uri);
  const h = report.children!.find((c) => c.name.startsWith('二、'))!;
  assert.equal(h.name, heading);
  assert.deepEqual(h.selectionRange, { start: at(5, 0), end: at(5, heading.length) });
});

test('rapid incremental edits: diagnostics are published for the newest version only, and match its text', async () => {
  const { uri } = await openText(BROKEN(), 'rapid.txt');
  const before = published.length;
  // Five edits without waiting: type a paragraph at the top, one character at a time (CJK, mid-line).
  const base = versions.get(uri)!;
  const chars = [...'本年度补充'];
  const last = nextDiagnostics(uri, base + chars.length);
  for (let i = 0; i < chars.length; i++) {
    versions.set(uri, base + i + 1);
    await conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: base + i + 1 },
      contentChanges: [{ range: { start: at(3, 2 + i), end: at(3, 2 + i) }, text: chars[i] }],
    });
  }
  const final = await last;
  const seen = published.slice(before).filter((p) => p.uri === uri).map((p) => p.version);
  assert.deepEqual(seen, [base + chars.length], 'no diagnostics for stale versions');
  assert.deepEqual(problems(final).map((d) => [d.code, d.range.start.line]), [['table-unreadable', 6]]);
  const [report] = await symbols(uri);
  assert.equal(report.children!.length, 3);
});

test('closing a document clears its diagnostics', async () => {
  const { uri } = await openText(BROKEN(), 'close.txt');
  const cleared = nextDiagnostics(uri); // published without a version
  await conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  assert.deepEqual((await cleared).diagnostics, []);
});

test('a rule finding carries its rule id as code and links to the rule page shipped in docs/rules', async () => {
  const file = path.join(root, 'examples', '青禾县人民政府2024年政府信息公开工作年度报告.md');
  const text = fs.readFileSync(file, 'utf8');
  const uri = pathToFileURL(file).href + '?protocol-test';
  const got = nextDiagnostics(uri, 1);
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'nianbao', version: 1, text } });
  const diags = (await got).diagnostics;
  const sum = diags.find((d) => d.code === 'table-sum' && d.range.start.line === 90);
  assert.ok(sum, 'the Table C 行政复议 total on line 91 is flagged');
  assert.equal(sum!.severity, 1);
  assert.match(String(sum!.codeDescription?.href), /^file:.*\/docs\/rules\/table-sum\.md$/);
  assert.ok(fs.existsSync(new URL(sum!.codeDescription!.href)), 'the linked page exists');
  const brackets = diags.find((d) => d.code === 'doc-number-brackets');
  assert.equal(brackets?.range.start.line, 2);
});

/** The text edits of a versioned workspace edit, applied to `text` (LSP positions → offsets). */
function applyAction(text: string, action: CodeAction, version: number): string {
  const change = action.edit!.documentChanges![0] as { textDocument: { version: number }; edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }> };
  assert.equal(change.textDocument.version, version, 'edits are tied to the version they were computed for');
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const at = (p: { line: number; character: number }) => starts[p.line] + p.character;
  let out = text;
  for (const e of [...change.edits].sort((a, b) => at(b.range.start) - at(a.range.start))) {
    out = out.slice(0, at(e.range.start)) + e.newText + out.slice(at(e.range.end));
  }
  return out;
}

sharedTest('code actions: seed 003 is offered the 依申请公开 part as a quick fix; applying it clears the diagnostic', async () => {
  const { uri, text } = await open(path.join(shared, 'seeds', '003_46aca74da5115982.txt'));
  const diags = published.filter((p) => p.uri === uri).at(-1)!.diagnostics;
  const missing = diags.find((d) => d.code === 'missing-section' && String(d.message).includes('依申请公开'))!;
  const actions = (await conn.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: missing.range,
    context: { diagnostics: [missing] },
  })) as CodeAction[];
  const insert = actions.find((a) => a.title.startsWith('插入“依申请公开政府信息和不予公开政府信息的情况”部分'))!;
  assert.ok(insert, actions.map((a) => a.title).join(' | '));
  assert.equal(insert.kind, 'quickfix');
  assert.equal(insert.diagnostics?.[0].code, 'missing-section');
  assert.ok(actions.some((a) => a.title === '插入全部 3 个缺少的部分'));
  assert.ok(actions.some((a) => a.title === '在整个文件中停用规则 missing-section'));
  // Everything that repairs the text comes before everything that switches a rule off.
  const isDisable = (a: CodeAction) => /停用/.test(a.title);
  const firstDisable = actions.findIndex(isDisable);
  assert.ok(firstDisable > 0 && actions.slice(firstDisable).every(isDisable), actions.map((a) => a.title).join(' | '));
  const fixed = applyAction(text, insert, 1);
  assert.ok(fixed.includes('    四、依申请公开政府信息和不予公开政府信息的情况\n'));
  const v2 = nextDiagnostics(uri, 2);
  await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
  const after = await v2;
  assert.ok(!after.diagnostics.some((d) => d.code === 'missing-section' && String(d.message).includes('依申请公开')));
  assert.equal(after.diagnostics.filter((d) => d.code === 'missing-section').length, 2, 'the other two parts are still missing');
});

sharedTest('source.fixAll.nianbao: only the safe fixes of the whole document (seed 001: dates and 文号), asked for as source.fixAll', async () => {
  const { uri, text } = await open(path.join(shared, 'seeds', '001_e0f2844ddd246cd5.txt'));
  const actions = (await conn.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll'] },
  })) as CodeAction[];
  assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.nianbao']);
  const fixed = applyAction(text, actions[0], 1);
  assert.ok(fixed.includes('绵府函〔2010〕64号') && !fixed.includes('绵府函[2010]64号'));
  assert.ok(fixed.includes('二〇一〇年三月五日'));
  assert.ok(fixed.includes('国办发〔2008〕36号'));
  // The totals and the missing parts are not touched: those fixes are offered, never applied by themselves.
  assert.equal(fixed.split('\n').length, text.split('\n').length);
  const v2 = nextDiagnostics(uri, 2);
  await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
  const codes = (await v2).diagnostics.map((d) => d.code);
  assert.ok(!codes.includes('doc-number-brackets'));
  assert.ok(codes.includes('missing-section') && codes.includes('part-count-mismatch'));
  const none = (await conn.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll.nianbao'] },
  })) as CodeAction[];
  assert.deepEqual(none, [], 'nothing safe is left to fix');
});

// ---- the same features on the examples and on inline text, so that a fresh clone (no ../shared) tests them ----

const exampleText = (year: '2017' | '2024') =>
  fs.readFileSync(path.join(root, 'examples', fs.readdirSync(path.join(root, 'examples')).find((f) => f.includes(year))!), 'utf8');

test('outline of example 2024 nests the national tables under their sections; Table B folds from its header to its last row', async () => {
  const { uri } = await openText(exampleText('2024'), 'example-2024.md', 'markdown');
  const [report, ...more] = await symbols(uri);
  assert.deepEqual(more, []);
  assert.equal(report.name, '青禾县人民政府2024年政府信息公开工作年度报告');
  const section3 = report.children!.find((c) => c.name.startsWith('三、'))!;
  assert.deepEqual(section3.children!.map((c) => [c.name, c.range.start.line]), [['表三（收到和处理政府信息公开申请情况）', 58]]);
  const folds = await conn.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
  assert.ok(folds!.some((f) => f.startLine === 58 && f.endLine === 84), JSON.stringify(folds));
});

test('a file with 第一篇 and 第二篇: one document symbol per report, each with its headings', async () => {
  const text = [
    '第一篇：某县人民政府2018年政府信息公开工作年度报告', '', '一、概述', '略。', '二、主动公开政府信息情况', '略。', '',
    '第二篇：某县教育局2018年政府信息公开工作年度报告', '', '一、概述', '略。', '',
  ].join('\n');
  const { uri } = await openText(text, 'two-reports.txt');
  const syms = await symbols(uri);
  assert.deepEqual(syms.map((s) => [s.name, s.range.start.line, s.children!.map((c) => c.name)]), [
    ['第一篇：某县人民政府2018年政府信息公开工作年度报告', 0, ['一、概述', '二、主动公开政府信息情况']],
    ['第二篇：某县教育局2018年政府信息公开工作年度报告', 7, ['一、概述']],
  ]);
});

test('code actions: example 2017 is offered the 依申请公开 part as a quick fix; applying it clears the diagnostic', async () => {
  const text = exampleText('2017');
  const { uri, diagnostics } = await openText(text, 'example-2017.txt');
  const missing = diagnostics.diagnostics.find((d) => d.code === 'missing-section' && String(d.message).includes('依申请公开'))!;
  assert.ok(missing, 'the 依申请公开 part is reported missing');
  const actions = (await conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: missing.range, context: { diagnostics: [missing] } })) as CodeAction[];
  const insert = actions.find((a) => a.title.startsWith('插入“依申请公开政府信息和不予公开政府信息的情况”部分'))!;
  assert.ok(insert, actions.map((a) => a.title).join(' | '));
  assert.equal(insert.kind, 'quickfix');
  const fixed = applyAction(text, insert, 1);
  assert.ok(fixed.includes('\n三、依申请公开政府信息和不予公开政府信息的情况\n'));
  const after = await edit(uri, { text: fixed });
  assert.ok(!after.diagnostics.some((d) => d.code === 'missing-section' && String(d.message).includes('依申请公开')));
  assert.equal(after.diagnostics.filter((d) => d.code === 'missing-section').length, 1, 'the 收费及减免 part is still missing');
});

test('source.fixAll.nianbao on example 2024: only the safe fixes (the dates and the 文号)', async () => {
  const text = exampleText('2024');
  const { uri } = await openText(text, 'example-2024-fixall.md', 'markdown');
  const actions = (await conn.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: { start: at(0, 0), end: at(0, 0) },
    context: { diagnostics: [], only: ['source.fixAll'] },
  })) as CodeAction[];
  assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.nianbao']);
  const fixed = applyAction(text, actions[0], 1);
  assert.ok(fixed.includes('国办公开办函〔2021〕30号') && fixed.includes('于2024年3月15日召开') && fixed.includes('\n2025年1月20日'));
  assert.ok(fixed.includes('共主动公开政府信息2361条'), 'a wrong total is not changed by fix-all');
  const codes = (await edit(uri, { text: fixed })).diagnostics.map((d) => d.code);
  assert.ok(!codes.includes('doc-number-brackets') && !codes.includes('date-format'));
  assert.ok(codes.includes('total-mismatch') && codes.includes('table-sum'));
});
