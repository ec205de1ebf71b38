// Several reports in one file without 第X篇 markers: a new report starts at each title, or at an opening
// sentence that names the report, once the report before it has content of its own.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument, positionAt, type ReportDocument } from '../../server/src/core';
import { SHARED, listShared, readExamples, sharedTest } from './fixtures';

function read(...parts: string[]): string {
  return fs.readFileSync(path.join(SHARED, ...parts), 'utf8');
}

function lineOf(doc: ReportDocument, offset: number): number {
  return positionAt(doc.lineStarts, offset).line;
}

describe('real reports pasted back to back', () => {
  sharedTest('the 9 reports of corpus/*.md are 9 reports, with their years and issuers', () => {
    const files = listShared('corpus');
    assert.equal(files.length, 9);
    const doc = parseDocument(files.map((f) => read('corpus', f)).join('\n'));
    assert.deepEqual(
      doc.reports.map((r) => [r.year, r.issuer?.text]),
      [
        [2009, '汤浦镇'],
        [2013, '道县文广新局'],
        [2013, '谢塘镇'],
        [2014, undefined], // 南薰乡 says only "我乡"
        [2016, '丰门街道'],
        [2019, '上海市人民政府办公厅'],
        [2023, '沭阳县发展和改革局'],
        [2024, '淮安市洪泽区人民政府'],
        [2024, '淮安市人民政府'],
      ],
    );
  });

  sharedTest('each report of the concatenation has the headings and tables it has alone', () => {
    const files = listShared('corpus');
    const alone = files.map((f) => parseDocument(read('corpus', f)).reports[0]);
    const doc = parseDocument(files.map((f) => read('corpus', f)).join('\n'));
    doc.reports.forEach((r, i) => {
      assert.equal(r.headings.length, alone[i].headings.length, files[i]);
      assert.equal(r.tables.filter((t) => t.national).length, alone[i].tables.filter((t) => t.national).length, files[i]);
      assert.equal(r.kind, alone[i].kind, files[i]);
      assert.equal(r.era, alone[i].era, files[i]);
    });
  });

  sharedTest('the seeds and corpus/*.md (14 files, seed 001 holding five) are 18 reports', () => {
    const texts = [...listShared('seeds').map((f) => read('seeds', f)), ...listShared('corpus').map((f) => read('corpus', f))];
    assert.equal(texts.length, 14);
    const doc = parseDocument(texts.join('\n'));
    assert.deepEqual(
      doc.reports.map((r) => r.year),
      [2012, 2009, 2009, 2012, 2008, 2017, 2012, 2013, 2017, 2009, 2013, 2013, 2014, 2016, 2019, 2023, 2024, 2024],
    );
    // Seed 002's signature stays with seed 002: seed 003 starts at its own title.
    const seed002 = doc.reports[6];
    assert.equal(seed002.signature?.date?.raw, '2013年2月19日');
    assert.equal(doc.reports[7].title?.text, '镇海城管局2013年政府信息公开工作总结');
  });

  sharedTest('34 reports of corpus/more are 34 reports with their years and kinds', () => {
    // 2014 亭子坝镇 is left out: its stored text starts in the middle of the report, with nothing to tell it
    // from the end of the report before it.
    const files = fs.readdirSync(path.join(SHARED, 'corpus', 'more')).filter((f) => f.endsWith('.md') && f !== 'INDEX.md' && !f.startsWith('2014_sinan')).sort();
    assert.equal(files.length, 34);
    const doc = parseDocument(files.map((f) => read('corpus', 'more', f)).join('\n'));
    assert.equal(doc.reports.length, 34);
    doc.reports.forEach((r, i) => {
      const alone = parseDocument(read('corpus', 'more', files[i])).reports[0];
      // The file names start with the report year; the university's (2021) covers the 2020–21 academic year
      // and takes the year its statistics period starts in.
      assert.equal(r.year, Number(files[i].slice(0, 4)) - (files[i].startsWith('2021_hulunbeier') ? 1 : 0), files[i]);
      assert.equal(r.year, alone.year, files[i]);
      assert.equal(r.kind, alone.kind, files[i]);
      assert.equal(r.issuer?.text, alone.issuer?.text, files[i]);
    });
  });

  sharedTest('no shared file is split by itself; seed 001 keeps its five reports and their ranges', () => {
    for (const f of listShared('seeds')) {
      const doc = parseDocument(read('seeds', f));
      assert.equal(doc.reports.length, f.startsWith('001') ? 5 : 1, f);
    }
    for (const f of listShared('corpus')) assert.equal(parseDocument(read('corpus', f)).reports.length, 1, f);
    for (const f of fs.readdirSync(path.join(SHARED, 'corpus', 'more')).filter((n) => n.endsWith('.md') && n !== 'INDEX.md')) {
      assert.equal(parseDocument(read('corpus', 'more', f)).reports.length, 1, f);
    }
    const seed001 = parseDocument(read('seeds', '001_e0f2844ddd246cd5.txt'));
    assert.deepEqual(
      seed001.reports.map((r) => [lineOf(seed001, r.start), lineOf(seed001, r.end), r.year, r.partMarker?.text]),
      [[0, 57, 2009, '第一篇'], [58, 104, 2009, '第二篇'], [105, 154, 2012, '第三篇'], [155, 179, 2008, '第四篇'], [180, 192, 2017, '第五篇']],
    );
  });
});

test('the two examples pasted back to back are two reports, each with the headings and tables it has alone', () => {
  const texts = readExamples().map(([, text]) => text);
  const alone = texts.map((t) => parseDocument(t).reports[0]);
  const doc = parseDocument(texts.join('\n'));
  assert.deepEqual(doc.reports.map((r) => [r.year, r.issuer?.text]), [[2024, '青禾县人民政府'], [2017, '青禾县自然资源局']]);
  doc.reports.forEach((r, i) => {
    assert.equal(r.headings.length, alone[i].headings.length);
    assert.equal(r.tables.filter((t) => t.national).length, alone[i].tables.filter((t) => t.national).length);
    assert.equal(r.signature?.date?.raw, alone[i].signature?.date?.raw);
  });
});

describe('where a new report starts', () => {
  const first = [
    '某市统计局2015年政府信息公开工作年度报告',
    '一、概述',
    '2015年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息120条。',
    '二、主动公开政府信息情况',
    '全年主动公开政府信息120条，其中机构职能类10条、业务工作类110条。',
  ];

  test('at a title after the content of the report before, with the source comment above the title', () => {
    const text = [...first, '', '<!-- source: a second page -->', '', '某市统计局2016年政府信息公开工作年度报告', '一、概述', '正文。'].join('\n');
    const doc = parseDocument(text);
    assert.deepEqual(doc.reports.map((r) => [r.year, lineOf(doc, r.start)]), [[2015, 0], [2016, 6]]);
  });

  test('at an issuer line above a title that starts with its year', () => {
    const text = [...first, '某市人民政府', '2016 年政府信息公开工作年度报告', '一、总体情况'].join('\n');
    const doc = parseDocument(text);
    assert.deepEqual(doc.reports.map((r) => [r.year, r.issuer?.text, lineOf(doc, r.start)]), [[2015, '某市统计局', 0], [2016, '某市人民政府', 5]]);
  });

  test('at an opening sentence that names the report, with a title without a year above it', () => {
    const text = [
      ...first,
      '政府信息公开年报',
      '根据《中华人民共和国政府信息公开条例》要求，现公布某县人民政府2016年度政府信息公开工作年度报告。',
      '一、概述',
    ].join('\n');
    const doc = parseDocument(text);
    assert.deepEqual(doc.reports.map((r) => [r.year, r.kind, lineOf(doc, r.start)]), [[2015, 'department', 0], [2016, 'government', 5]]);
  });

  test('not at a repeated title, a notice\'s title or the report\'s own opening right after its title', () => {
    const text = [
      '某县人民政府办公室关于公布',
      '某县2016年度政府信息公开工作年度报告的通知',
      '各乡镇人民政府，县直各单位：',
      '现将《某县2016年度政府信息公开工作年度报告》予以公布。',
      '某县2016年度政府信息公开工作年度报告',
      '发布日期:2017-03-01',
      '某县2016年度政府信息公开工作年度报告',
      '根据《中华人民共和国政府信息公开条例》要求，现公布某县2016年度政府信息公开工作年度报告。',
      '一、概述',
    ].join('\n');
    assert.equal(parseDocument(text).reports.length, 1);
  });

  test('not at a title-like line inside a report: an annex, a wrapped sentence, a closing remark', () => {
    const text = [
      ...first,
      '我局于2016年1月按要求编制了2015年政府信息公开工作年度报告',
      '并在门户网站公布。',
      '附件：某市统计局2015年政府信息公开工作年度报告',
      '六、其他需要报告的事项',
      '本报告根据《中华人民共和国政府信息公开条例》编制，电子版可在门户网站下载。',
    ].join('\n');
    assert.equal(parseDocument(text).reports.length, 1);
  });

  test('not at a title that follows a title and a short foreword only', () => {
    const text = ['某市统计局2015年政府信息公开工作年度报告', '为落实《条例》，现作报告。', '某市统计局2015年度政府信息公开工作总结', '一、概述'].join('\n');
    assert.equal(parseDocument(text).reports.length, 1);
  });
});
