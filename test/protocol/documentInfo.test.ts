// The custom request nianbao/documentInfo over stdio, against the bundled server (dist/server.js): reports
// with year, era and kind, finding counts that match the published diagnostics, the parsed-structure text
// in the client's display language, and a plain fallback (never an error) for unknown documents or bad params.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DiagnosticSeverity, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { parseDocument } from '../../server/src/core';
import { describeDocument } from '../../server/src/core/describe';
import { ERA_NAMES, KIND_NAMES, outlineOf, reportName } from '../../server/src/core';
import { DOCUMENT_INFO_METHOD, type DocumentInfo } from '../../server/src/lsp/documentInfoProtocol';
import { SHARED, listShared, sharedTest } from '../unit/fixtures';
import { startServer, type TestServer } from './lspServer';

type Server = TestServer;

async function open(s: Server, file: string, text = fs.readFileSync(file, 'utf8')): Promise<{ uri: string; text: string; published: PublishDiagnosticsParams }> {
  const uri = pathToFileURL(file).href;
  const published = s.diagnostics(uri, 1);
  await s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'nianbao', version: 1, text } });
  return { uri, text, published: await published };
}

const info = (s: Server, params: unknown) => s.conn.sendRequest(DOCUMENT_INFO_METHOD, params) as Promise<DocumentInfo>;
const EXAMPLE_2017 = path.join(__dirname, '..', '..', 'examples', '青禾县自然资源局2017年政府信息公开工作年度报告.txt');
const EXAMPLE_2024 = path.join(__dirname, '..', '..', 'examples', '青禾县人民政府2024年政府信息公开工作年度报告.md');
const seed = (prefix: string) => path.join(SHARED, 'seeds', listShared('seeds').find((f) => f.startsWith(prefix))!);

let zh: Server;
let en: Server;
before(async () => {
  [zh, en] = await Promise.all([startServer({ locale: 'zh-cn' }), startServer({ locale: 'en' })]);
});
after(async () => {
  await Promise.all([zh?.stop(), en?.stop()]);
});

sharedTest('seed 001: five reports with year, era and kind; counts equal the published diagnostics; the description is the outline text', async () => {
  const { uri, text, published } = await open(zh, seed('001'));
  const got = await info(zh, { uri });
  const doc = parseDocument(text);
  assert.equal(got.reports.length, 5);
  assert.deepEqual(got.reports, doc.reports.map((r) => ({
    name: reportName(r), year: r.year ?? null, era: r.era, kind: r.kind, isNew: false,
    eraName: r.eraSource === 'default' ? null : ERA_NAMES[r.era].zh, kindName: r.kindSource === 'default' ? null : KIND_NAMES[r.kind].zh,
  })));
  assert.deepEqual(got.reports[0], { name: '第一篇：绵阳市环境保护局2009年政府信息公开工作年度报告', year: 2009, era: 'legacy', kind: 'department', isNew: false, eraName: '2008—2018年旧格式', kindName: '人民政府部门' });
  const bySeverity = (sev: DiagnosticSeverity) => published.diagnostics.filter((d) => d.severity === sev).length;
  assert.deepEqual(got.counts, {
    error: bySeverity(DiagnosticSeverity.Error),
    warning: bySeverity(DiagnosticSeverity.Warning),
    information: bySeverity(DiagnosticSeverity.Information),
    hint: bySeverity(DiagnosticSeverity.Hint),
  });
  assert.ok(got.counts.error > 0, 'seed 001 has error-level findings (its 第四篇 lacks required sections)');
  assert.equal(got.description, describeDocument(doc, 'zh'));
  assert.match(got.description, /^报告 1（第一篇）: 绵阳市环境保护局2009年政府信息公开工作年度报告/);
});

test('example 2024: its report with year, era and kind; counts equal the published diagnostics; the description in each display language', async () => {
  const { uri, text, published } = await open(zh, EXAMPLE_2024);
  const got = await info(zh, { uri });
  const doc = parseDocument(text);
  assert.deepEqual(got.reports, [{ name: '青禾县人民政府2024年政府信息公开工作年度报告', year: 2024, era: '2021', kind: 'government', isNew: false, eraName: '2021年格式', kindName: '人民政府' }]);
  const bySeverity = (sev: DiagnosticSeverity) => published.diagnostics.filter((d) => d.severity === sev).length;
  assert.deepEqual(got.counts, {
    error: bySeverity(DiagnosticSeverity.Error),
    warning: bySeverity(DiagnosticSeverity.Warning),
    information: bySeverity(DiagnosticSeverity.Information),
    hint: bySeverity(DiagnosticSeverity.Hint),
  });
  assert.ok(got.counts.error > 0 && got.counts.warning > 0, 'the example has deliberate errors and warnings');
  assert.equal(got.description, describeDocument(doc, 'zh'));
  const inEnglish = await open(en, EXAMPLE_2024);
  assert.equal((await info(en, { uri: inEnglish.uri })).description, describeDocument(doc, 'en'));
});

sharedTest('the description follows the client display language (locale en)', async () => {
  const { uri, text } = await open(en, seed('000'));
  const got = await info(en, { uri });
  assert.equal(got.description, describeDocument(parseDocument(text), 'en'));
  assert.match(got.description, /^Report 1: .*\n  year: 2012 \(from the title\)/);
  assert.deepEqual(got.reports.map((r) => [r.year, r.era, r.kind]), [[2012, 'legacy', 'department']]);
});

sharedTest('an edit is reflected: the answer describes the newest version', async () => {
  const file = path.join(SHARED, 'seeds', 'edited-documentInfo.txt'); // never written: the text lives only in the server
  const { uri, text } = await open(zh, file, fs.readFileSync(seed('000'), 'utf8'));
  const at = text.indexOf('2012');
  assert.ok(at >= 0 && at < text.indexOf('\n'), 'the year stands in the title line');
  const line = text.slice(0, at).split('\n').length - 1;
  const character = at - text.lastIndexOf('\n', at) - 1;
  const republished = zh.diagnostics(uri, 2);
  await zh.conn.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 4 } }, text: '2013' }],
  });
  const got = await info(zh, { uri });
  assert.equal(got.reports[0].year, 2013);
  assert.match(got.description, /年份: 2013 \(来自标题\)/);
  const published = await republished;
  assert.equal(got.counts.error + got.counts.warning + got.counts.information + got.counts.hint, published.diagnostics.length);
});

test('an unknown document or malformed params get the fallback, not an error, and the server goes on', async () => {
  for (const params of [{ uri: 'file:///nowhere/not-open.txt' }, {}, null, { uri: 42 }]) {
    const got = await info(zh, params);
    assert.deepEqual(got.reports, []);
    assert.deepEqual(got.counts, { error: 0, warning: 0, information: 0, hint: 0 });
    assert.match(got.description, /没有解析结果/);
  }
  assert.match((await info(en, { uri: 'file:///nowhere/not-open.txt' })).description, /^No parse result/);
  const { uri } = await open(zh, EXAMPLE_2017);
  assert.equal((await info(zh, { uri })).reports[0].year, 2017);
  assert.deepEqual(zh.logs.filter((l) => /documentInfo failed/.test(l)), [], 'a document that is simply not open is not an error');
});

test('an empty document in report mode is a new report: no year, format or kind that was not inferred', async () => {
  for (const [server, name] of [[zh, '新报告'], [en, 'New report']] as const) {
    const file = path.join(SHARED, 'seeds', `empty-documentInfo-${name}.txt`); // never written
    const { uri } = await open(server, file, '');
    const got = await info(server, { uri });
    assert.deepEqual(got.reports.map((r) => [r.name, r.isNew, r.eraName, r.kindName, r.year]), [[name, true, null, null, null]]);
  }
  const [outline] = outlineOf(parseDocument('\n\n'));
  assert.deepEqual([outline.name, outline.detail], ['新报告', '']);
  // Only what is inferred is named: a title with a year tells the format, not the kind.
  const [titled] = outlineOf(parseDocument('某某2015年政府信息公开工作年度报告\n'));
  assert.equal(titled.detail, '2015年度 · 2008—2018年旧格式');
});
