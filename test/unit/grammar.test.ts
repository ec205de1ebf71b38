// The TextMate grammar (syntaxes/nianbao.tmLanguage.json) on the real reports in shared/seeds and shared/corpus.
// Line numbers are 1-based, as an editor shows them; every expected value was read from the files.
// The constructs one by one are covered by the assertion files in test/grammar (npm run test:grammar).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument, type ReportDocument } from '../../server/src/core';
import { allHeadings, describeShared, HAS_SHARED, lineText, listShared, parseShared, readExamples, readShared, sharedTest } from './fixtures';
import { lineHasScope, scopesOf, tokenizeLines, type Token } from './textmate';

const HEADING_LEVELS = [1, 2, 3, 4, 5];

const seeds = new Map<string, Token[][]>();

before(async () => {
  if (!HAS_SHARED) return;
  for (const f of listShared('seeds')) seeds.set(f.slice(0, 3), await tokenizeLines(readShared('seeds', f)));
});

/** The tokens of 1-based `line` of seed `seed` ("000" … "004"). */
function line(seed: string, n: number): Token[] {
  const lines = seeds.get(seed);
  assert.ok(lines, `seed ${seed} was tokenized`);
  return lines[n - 1];
}

function assertScope(tokens: Token[], part: string, scope: string, from = 0): void {
  const scopes = scopesOf(tokens, part, from);
  assert.ok(
    scopes.some((s) => s === scope || s.startsWith(`${scope}.`)),
    `"${part}" has ${scope}; it has ${scopes.join(' ')}`,
  );
}

function assertNoScope(tokens: Token[], part: string, scope: string): void {
  const scopes = scopesOf(tokens, part);
  assert.ok(!scopes.some((s) => s === scope || s.startsWith(`${scope}.`)), `"${part}" has no ${scope}; it has ${scopes.join(' ')}`);
}

/** The heading level the grammar gives the line (markup.heading.N), if any. */
function levelOf(tokens: Token[]): number | undefined {
  return HEADING_LEVELS.find((k) => lineHasScope(tokens, `markup.heading.${k}`));
}

sharedTest('every seed and corpus file is tokenized to its end', async () => {
  for (const dir of ['seeds', 'corpus'] as const) {
    for (const f of listShared(dir)) {
      const text = readShared(dir, f);
      const lines = await tokenizeLines(text);
      assert.equal(lines.length, text.split(/\r?\n/).length, f);
      const last = lines[lines.length - 1];
      assert.equal(last.map((t) => t.text).join(''), text.split(/\r?\n/).pop(), `${f}: the last line is covered by tokens`);
    }
  }
});

test('long and odd lines are tokenized to their end (no pattern backtracks over them)', async () => {
  const odd = [
    '',
    '1' + ' '.repeat(5000) + 'x',
    '12 '.repeat(3000),
    '政'.repeat(3000) + '〔2021〕' + '政'.repeat(2000) + '号',
    '国办函[2021] '.repeat(500),
    '《'.repeat(5000),
    '|' + ' 1 |'.repeat(3000),
    '|' + '-'.repeat(5000) + 'x',
    '一、' + '政 '.repeat(3000),
    '1,000'.repeat(2000),
    '2017.1.1.'.repeat(1000),
    '信息公开' + '政'.repeat(5000) + '报告',
    '第一次共1,234.5万余人次占12.5％于二〇二四年一月一日（国办发〔2021〕30号）《条例》'.repeat(100),
    '\u00a0'.repeat(3000) + '一',
    '\u0000\u0001\ufffd\ud800 二〇\r',
  ];
  for (const text of odd) {
    const [tokens] = await tokenizeLines(text);
    assert.equal(tokens.map((t) => t.text).join(''), text, text.slice(0, 20));
  }
});

/** Compares, line by line, the heading level of the grammar with the parser's; returns how many headings were compared. */
async function assertHeadingLevelsAgree(name: string, text: string, doc: ReportDocument): Promise<number> {
  let compared = 0;
  const lines = await tokenizeLines(text);
  // The parser's first heading at the start of each line (inline headings inside running text are not the grammar's business).
  const parsed = new Map<number, number>();
  for (const r of doc.reports) {
    for (const h of allHeadings(r)) if (!h.inline && !parsed.has(h.line)) parsed.set(h.line, h.rank);
  }
  lines.forEach((tokens, i) => {
    assert.equal(levelOf(tokens), parsed.get(i), `${name} line ${i + 1}: ${lineText(text, i + 1).slice(0, 40)}`);
    if (parsed.has(i)) compared++;
  });
  return compared;
}

test('the grammar gives each line the heading level the parser finds at its start (examples)', async () => {
  let compared = 0;
  for (const [name, text] of readExamples()) compared += await assertHeadingLevelsAgree(`examples/${name}`, text, parseDocument(text));
  assert.ok(compared > 20, `headings compared: ${compared}`);
});

sharedTest('the grammar gives each line the heading level the parser finds at its start (seeds and corpus)', async () => {
  let compared = 0;
  for (const dir of ['seeds', 'corpus'] as const) {
    for (const f of listShared(dir)) {
      const { text, doc } = parseShared(dir, f);
      compared += await assertHeadingLevelsAgree(`${dir}/${f}`, text, doc);
    }
  }
  assert.ok(compared > 200, `headings compared: ${compared}`);
});

describeShared('level-1 headings of each seed', () => {
  const expected: Record<string, number[]> = {
    '000': [4, 11, 30, 33, 36, 39],
    '001': [8, 19, 37, 39, 41, 43, 45, 64, 68, 83, 85, 87, 89, 92, 111, 115, 134, 136, 138, 140, 143, 159, 163, 165, 173, 175, 184, 188, 190, 192],
    '002': [8, 24, 35],
    '003': [6, 17, 22, 28],
    '004': [5, 7, 10, 13, 20, 23, 25, 27, 29, 33, 38, 43],
  };
  for (const [seed, lines] of Object.entries(expected)) {
    test(`seed ${seed}: lines ${lines.join(', ')} carry markup.heading.1 on the marker`, () => {
      for (const n of lines) {
        const marker = /^\s*([一二三四五六七八九十]{1,3}、)/.exec(lineText(readShared('seeds', seed), n));
        assert.ok(marker, `seed ${seed} line ${n} starts with a level-1 marker`);
        assertScope(line(seed, n), marker[1], 'markup.heading.1.nianbao');
        assertScope(line(seed, n), marker[1], 'punctuation.definition.heading.nianbao');
      }
    });
  }
  test('lower levels: （一） (一) 1、 1. (2) on seeds 000, 001 and 004', () => {
    assertScope(line('000', 5), '（一）', 'markup.heading.2.nianbao');
    assertScope(line('000', 5), '加强领导，明确责任', 'entity.name.section.nianbao');
    assertNoScope(line('000', 5), '为认真贯彻落实', 'markup.heading');
    assertScope(line('001', 10), '(一)', 'markup.heading.2.nianbao');
    assertScope(line('000', 44), '1、', 'markup.heading.3.nianbao');
    assertScope(line('001', 26), '1.', 'markup.heading.3.nianbao');
    assertScope(line('001', 77), '(2)', 'markup.heading.4.nianbao');
    assertScope(line('004', 17), '2.', 'markup.heading.3.nianbao');
  });
});

describeShared('running text is not a heading', () => {
  const prose: Array<[string, number, string]> = [
    ['000', 2, '政府信息公开是转变政府职能'],
    ['000', 14, '截止2012年12月31日'],
    ['000', 40, '我局信息公开工作虽然取得了一定的成绩'],
    ['001', 7, '全文由概述'],
    ['001', 44, '“5.12”抗震救灾'],
    ['001', 120, '一是本单位主要职能'],
    ['001', 121, '二是行政许可事项'],
    ['001', 122, '三是法规公文及工作动态'],
    ['001', 162, '61.7%;属于本单位业务类信息41条'],
    ['002', 39, '一是不断加强信息公开工作'],
    ['002', 41, '二是以信息公开制度建设为突破口'],
    ['002', 43, '三是将年终考核和日常督查结合起来'],
    ['003', 19, '一是确定局办公室'],
    ['003', 21, '二是完善本局网站功能'],
    ['004', 6, '2017年，我局信息公开工作'],
    ['004', 34, '201,7年，我局认真贯彻'],
  ];
  for (const [seed, n, start] of prose) {
    test(`seed ${seed} line ${n} (${start}…)`, () => {
      assert.ok(lineText(readShared('seeds', seed), n).trimStart().startsWith(start), 'the line is the one meant');
      assert.ok(!lineHasScope(line(seed, n), 'markup.heading'), 'no heading scope on the line');
    });
  }
});

describeShared('report titles and 第X篇', () => {
  test('the title line of each seed is markup.heading.title', () => {
    for (const [seed, n] of [['000', 1], ['002', 1], ['003', 2], ['004', 2], ['001', 61], ['001', 182]] as const) {
      const text = lineText(readShared('seeds', seed), n).trim();
      assertScope(line(seed, n), text, 'markup.heading.title.nianbao');
    }
  });
  test('seed 001: the five 第X篇 lines open titles with the marker as a keyword', () => {
    for (const [n, marker] of [[1, '第一篇'], [59, '第二篇'], [106, '第三篇'], [156, '第四篇'], [181, '第五篇']] as const) {
      assertScope(line('001', n), marker, 'keyword.other.part.nianbao');
      assertScope(line('001', n), '政府信息公开工作', 'markup.heading.title.nianbao');
    }
  });
  test('seed 001 lines 3-4: a title broken over two lines is not claimed', () => {
    assert.ok(!lineHasScope(line('001', 3), 'markup.heading'));
    assert.ok(!lineHasScope(line('001', 4), 'markup.heading'));
  });
});

describeShared('numbers, dates, titles and 文号 in the seeds', () => {
  test('seed 000 line 14: 876条 is a count, 2012年12月31日 a date', () => {
    assertScope(line('000', 14), '876', 'constant.numeric.nianbao');
    assertScope(line('000', 14), '条', 'keyword.other.unit.nianbao');
    assertScope(line('000', 14), '2012年12月31日', 'constant.numeric.date.nianbao');
  });
  test('seed 000 line 22: every 条 count is numeric', () => {
    for (const n of ['294', '17', '40', '235']) {
      assertScope(line('000', 22), n, 'constant.numeric.nianbao');
      assertScope(line('000', 22), '条', 'keyword.other.unit.nianbao', lineText(readShared('seeds', '000'), 22).indexOf(n));
    }
    assertScope(line('000', 22), '1', 'constant.numeric.nianbao', lineText(readShared('seeds', '000'), 22).indexOf('机构概况'));
  });
  test('seed 001 line 6: 绵府函[2010]64号 and 绵府发[2008]10号 are 文号 with non-standard brackets', () => {
    assertScope(line('001', 6), '绵府函[2010]64号', 'entity.name.tag.document-number.nonstandard.nianbao');
    assertScope(line('001', 6), '绵府发[2008]10号', 'entity.name.tag.document-number.nonstandard.nianbao');
    assertScope(line('001', 6), '[', 'punctuation.definition.bracket.nonstandard.nianbao', lineText(readShared('seeds', '001'), 6).indexOf('绵府函'));
    assertScope(line('001', 6), '中华人民共和国政府信息公开条例', 'string.quoted.other.book-title.nianbao');
    assertNoScope(line('001', 6), '2009年政府信息公开年度报告', 'constant.numeric.date');
  });
  test('seed 001 lines 187 and 189: 浙府法发〔2017〕26号 and 浙委办发〔2016〕5号 are standard 文号', () => {
    assertScope(line('001', 187), '浙府法发〔2017〕26号', 'entity.name.tag.document-number.nianbao');
    assertNoScope(line('001', 187), '浙府法发〔2017〕26号', 'entity.name.tag.document-number.nonstandard');
    assertScope(line('001', 189), '浙委办发〔2016〕5号', 'entity.name.tag.document-number.nianbao');
  });
  test('seed 001: dates in Chinese numerals with the letter O, and percentages', () => {
    assertScope(line('001', 105), '二O一O年三月五日', 'constant.numeric.date.chinese.nianbao');
    assertScope(line('001', 58), '2010年3月15日', 'constant.numeric.date.nianbao');
    assertScope(line('001', 162), '61.7%', 'constant.numeric.percentage.nianbao');
    assertScope(line('001', 162), '38.3%', 'constant.numeric.percentage.nianbao');
  });
  test('seed 001 line 7: a date with a space before 日 is still a date', () => {
    assertScope(line('001', 7), '2009年12月31 日', 'constant.numeric.date.nianbao');
  });
  test('seed 002 line 28: approximate counts', () => {
    assertScope(line('002', 28), '23000', 'constant.numeric.nianbao');
    assertScope(line('002', 28), '余', 'keyword.other.approximation.nianbao', lineText(readShared('seeds', '002'), 28).indexOf('23000'));
    assertScope(line('002', 28), '次', 'keyword.other.unit.nianbao', lineText(readShared('seeds', '002'), 28).indexOf('23000'));
    assertScope(line('002', 28), '20000', 'constant.numeric.nianbao');
  });
  test('seed 002 line 14: 2012年 inside 《》 is part of the title, not a date', () => {
    assertScope(line('002', 14), '2012年环翠区', 'string.quoted.other.book-title.nianbao');
    assertNoScope(line('002', 14), '2012年环翠区', 'constant.numeric.date');
  });
  test('seed 003 line 10: a 《 left open by an image ends with its line', () => {
    assertScope(line('003', 10), '政[image', 'string.quoted.other.book-title.nianbao');
    assertNoScope(line('003', 13), '府信息依申请公开制度', 'string.quoted');
    assertScope(line('003', 13), '政府信息公开责任追究制度', 'string.quoted.other.book-title.nianbao');
  });
  test('seed 004 line 34: the year written 201,7年 is shown as a malformed date', () => {
    assertScope(line('004', 34), '201,7年', 'constant.numeric.date.malformed.nianbao');
  });
});

sharedTest('corpus 2024_huaian: the Markdown tables are separators and cells, their row labels are not headings', async () => {
  const text = readShared('corpus', '2024_huaian');
  const lines = await tokenizeLines(text);
  const at = (start: string) => {
    const i = text.split(/\r?\n/).findIndex((l) => l.startsWith(start));
    assert.ok(i >= 0, `a line starts with ${start}`);
    return lines[i];
  };
  assertScope(at('|---|'), '|---|', 'punctuation.separator.table.delimiter.nianbao');
  const row = at('| 一、本年新收政府信息公开申请数量');
  assertScope(row, '|', 'punctuation.separator.table.nianbao');
  assertScope(row, '3001', 'constant.numeric.cell.nianbao');
  assert.ok(!lineHasScope(row, 'markup.heading'));
  assertScope(at('本报告由'), '国令第 711 号', 'entity.name.tag.document-number.nianbao');
  assertScope(at('<!--'), '<!--', 'comment.block.html.nianbao');
});
