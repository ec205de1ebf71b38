// Hover tips (core hoverAt) on real reports: national table cells with their identities, prose totals
// and parts, section headings, dates; and no exception on any offset of any document.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverAt, parseDocument, type Hover, type LocalDeadlines, type ReportDocument } from '../../server/src/core';
import { describeShared, listShared, parseShared, readExamples, readShared, sharedTest } from './fixtures';

type Lang = 'zh' | 'en';

/** The offset of `needle` (which must occur in the text) plus `delta`. */
function offsetOf(text: string, needle: string, delta = 0): number {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `“${needle}” not in the text`);
  return at + delta;
}

function hoverIn(doc: ReportDocument, needle: string, delta = 0, lang: Lang = 'zh', deadlines?: LocalDeadlines): Hover | undefined {
  return hoverAt(doc, offsetOf(doc.text, needle, delta), { lang, config: { deadlines } });
}

/** The hover's lines (title first, without the bold marks) and the text it covers. */
function shown(doc: ReportDocument, h: Hover | undefined): { lines: string[]; covers: string } {
  assert.ok(h, 'expected a hover');
  const lines = h.markdown.split('\n\n');
  assert.match(lines[0], /^\*\*.+\*\*$/, 'the first line is bold');
  lines[0] = lines[0].slice(2, -2);
  return { lines, covers: doc.text.slice(h.span.start, h.span.end) };
}

const HUAIAN = '2024_huaian_shizhengfu_1';
const ROW_SECRET = '| 三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 | ';

describeShared('national table cells (淮安市人民政府 2024, 2021 format)', () => {
  const { doc } = parseShared('corpus', HUAIAN);

  test('a Table B leaf cell: its labels, the row total, the （七）总计 it counts towards, its group and the article', () => {
    const { lines, covers } = shown(doc, hoverIn(doc, ROW_SECRET, ROW_SECRET.length));
    assert.equal(covers, '2');
    assert.deepEqual(lines, [
      '三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密 × 自然人 = 2',
      '表三（收到和处理政府信息公开申请情况）',
      '本行总计 = 六类申请人之和：2 + 0 + 0 + 0 + 0 + 0 = 2，总计 2 ✓',
      '计入（七）总计（自然人列）：各项办理结果之和 2932，（七）总计 2932 ✓',
      '（三）不予公开小计（自然人列，表中无此行）：2 + 30 + 5 + 6 + 7 + 12 + 9 + 105 = 176',
      '《条例》第十四条：依法确定为国家秘密的政府信息，法律、行政法规禁止公开的政府信息，以及公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息，不予公开（参考）',
    ]);
  });

  test('the （七）总计 cell shows the whole column sum and the balance of its column', () => {
    const row = '| 三、本年度办理结果 / （七）总计 | ';
    const { lines, covers } = shown(doc, hoverIn(doc, row, row.length));
    assert.equal(covers, '2932');
    assert.equal(lines[0], '三、本年度办理结果 › （七）总计 × 自然人 = 2932');
    assert.ok(lines.includes('（七）总计（自然人列）= 各项办理结果之和：1288 + 447 + 2 + 30 + 5 + 6 + 7 + 12 + 9 + 105 + 746 + 11 + 1 + 56 + 25 + 1 + 67 + 6 + 108 = 2932 ✓'), lines.join('\n'));
    assert.ok(lines.includes('勾稽关系（自然人列）：一 + 二 = 3001 + 34 = 3035；（七）总计 + 四 = 2932 + 103 = 3035 ✓'), lines.join('\n'));
    assert.ok(lines.includes('本行总计 = 六类申请人之和：2932 + 53 + 0 + 0 + 61 + 4 = 3050，总计 3050 ✓'));
  });

  test('the 总计 column of 四、结转下年度继续办理 takes part in the row sum and the balance', () => {
    const row = '| 四、结转下年度继续办理 | 103 | 0 | 0 | 0 | 0 | 0 | ';
    const { lines, covers } = shown(doc, hoverIn(doc, row, row.length + 1));
    assert.equal(covers, '103');
    assert.equal(lines[0], '四、结转下年度继续办理 × 总计 = 103');
    assert.ok(lines.includes('勾稽关系（总计列）：一 + 二 = 3119 + 34 = 3153；（七）总计 + 四 = 3050 + 103 = 3153 ✓'), lines.join('\n'));
  });

  test('（二）部分公开 carries the counting rule printed in its label and the article (参考)', () => {
    const row = '（区分处理的，只计这一情形，不计其他情形） | ';
    const { lines } = shown(doc, hoverIn(doc, row, row.length));
    assert.equal(lines[0], '三、本年度办理结果 › （二）部分公开 × 自然人 = 447');
    assert.ok(lines.includes('区分处理的，只计这一情形，不计其他情形'));
    assert.ok(lines.includes('《条例》第三十七条（区分处理）（参考）'));
  });

  test('the row label itself: the row path, its total and the article', () => {
    const { lines, covers } = shown(doc, hoverIn(doc, '1.属于国家秘密', 3));
    assert.equal(covers, '三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密');
    assert.equal(lines[0], '三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密');
    assert.ok(lines.includes('本行总计 = 六类申请人之和：2 + 0 + 0 + 0 + 0 + 0 = 2，总计 2 ✓'));
    // The header note states the balance; a column header is no data and gets nothing.
    assert.deepEqual(shown(doc, hoverIn(doc, '（本列数据的勾稽关系', 3)).lines, ['表三', '勾稽关系：本年新收 + 上年结转 = 本年度办理结果总计 + 结转下年度继续办理（每一列分别成立）']);
    assert.equal(hoverIn(doc, '| 申请人情况 / 自然人 |', 3), undefined);
  });

  test('a Table C cell: its group and the group total', () => {
    const { lines, covers } = shown(doc, hoverIn(doc, '| 72 | 64 |', 2));
    assert.equal(covers, '72');
    assert.deepEqual(lines, [
      '行政复议 › 结果维持 = 72',
      '表四（政府信息公开行政复议、行政诉讼情况）',
      '行政复议：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 72 + 64 + 178 + 37 = 351，总计 351 ✓',
    ]);
  });

  test('a Table A cell: its item of 第二十条, the row and the column', () => {
    const { lines, covers } = shown(doc, hoverIn(doc, '| 行政规范性文件 | 8 | 26 |', 16));
    assert.equal(covers, '26');
    assert.deepEqual(lines, [
      '第二十条第（一）项 › 行政规范性文件 × 本年废止件数 = 26',
      '表二（主动公开政府信息情况）',
      '本行：本年制发件数 8 · 本年废止件数 26 · 现行有效件数 66',
      '本列：规章 0 · 行政规范性文件 26',
      '《条例》第二十条第（一）项：行政法规、规章和规范性文件',
    ]);
  });

  test('in English, the same identities with English framing', () => {
    const { lines } = shown(doc, hoverIn(doc, ROW_SECRET, ROW_SECRET.length, 'en'));
    assert.equal(lines[1], 'Table 3 (applications received and handled)');
    assert.equal(lines[2], 'Row 总计 = the six applicant columns: 2 + 0 + 0 + 0 + 0 + 0 = 2, 总计 2 ✓');
    assert.match(lines[5], /^Regulations, Art\. 14: .* \(for reference\)$/);
  });

  test('a wrong total shows ✗ with the difference, on the row and in the balance', () => {
    const text = readShared('corpus', HUAIAN).replace(`${ROW_SECRET}2 | 0 | 0 | 0 | 0 | 0 | 2 |`, `${ROW_SECRET}2 | 0 | 0 | 0 | 0 | 0 | 5 |`);
    const changed = parseDocument(text);
    const { lines } = shown(changed, hoverIn(changed, ROW_SECRET, ROW_SECRET.length + 24));
    assert.equal(lines[0], '三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密 × 总计 = 5');
    assert.ok(lines.includes('本行总计 = 六类申请人之和：2 + 0 + 0 + 0 + 0 + 0 = 2，总计 5 ✗（分项之和比总计少 3）'), lines.join('\n'));
    assert.ok(lines.includes('计入（七）总计（总计列）：各项办理结果之和 3053，（七）总计 3050 ✗（分项之和比总计多 3）'), lines.join('\n'));
  });

  test('blank cells are said to count as 0 (沭阳县发改局 2023: only 自然人 and 总计 filled)', () => {
    const { doc: shuyang } = parseShared('corpus', '2023_shuyang_fagaiju');
    const row = '| 一、本年新收政府信息公开申请数量 | ';
    const { lines } = shown(shuyang, hoverIn(shuyang, row, row.length));
    assert.equal(lines[0], '一、本年新收政府信息公开申请数量 × 自然人 = 26');
    assert.equal(lines[2], '本行总计 = 六类申请人之和：26 + 0 + 0 + 0 + 0 + 0 = 26，总计 26 ✓（空白格按 0 计）');
    assert.equal(lines[3], '勾稽关系（自然人列）：一 + 二 = 26 + 0 = 26；（七）总计 + 四 = 26 + 0 = 26 ✓');
  });
});

describe('the examples (examples/)', () => {
  const [gov, dept] = readExamples().map(([, text]) => parseDocument(text));

  test('a wrong Table B total: its row sum and the （七）总计 it counts towards, both ✗ with the difference', () => {
    const row = '| 三、本年度办理结果 / （三）不予公开 / 6.属于四类过程性信息 | 3 | 1 | 0 | 0 | 0 | 0 | ';
    const { lines, covers } = shown(gov, hoverIn(gov, row, row.length));
    assert.equal(covers, '5');
    assert.equal(lines[0], '三、本年度办理结果 › （三）不予公开 › 6.属于四类过程性信息 × 总计 = 5');
    assert.ok(lines.includes('本行总计 = 六类申请人之和：3 + 1 + 0 + 0 + 0 + 0 = 4，总计 5 ✗（分项之和比总计少 1）'), lines.join('\n'));
    assert.ok(lines.includes('计入（七）总计（总计列）：各项办理结果之和 128，（七）总计 127 ✗（分项之和比总计多 1）'), lines.join('\n'));
    const kept = shown(gov, hoverIn(gov, '| 四、结转下年度继续办理 | ', '| 四、结转下年度继续办理 | '.length)).lines;
    assert.ok(kept.includes('勾稽关系（自然人列）：一 + 二 = 104 + 5 = 109；（七）总计 + 四 = 103 + 6 = 109 ✓'), kept.join('\n'));
  });

  test('a prose total whose parts fall short (2361 against 2351) and a wrong share (12.6% of 127)', () => {
    assert.deepEqual(shown(gov, hoverIn(gov, '2361条')).lines, [
      '2361条：全年通过县政府门户网站共主动公开政府信息',
      '合计，“其中”之后的 5 项分项：政策文件类 96 + 工作动态类 1275 + 财政资金类 183 + 人事信息类 62 + 其他类信息 735 = 2351条 ✗（比合计少 10）',
    ]);
    assert.deepEqual(shown(gov, hoverIn(gov, '占12.6%', 1)).lines.slice(1), [
      '合计：“全年共办结”127件',
      '14 ÷ 127 = 11.024%，按所印精度为 11.0% ✗（所印 12.6% 比它高 1.58 个百分点）',
    ]);
  });

  test('signature dates: a zero-padded one, and one in Chinese numerals with a Latin O; both within the deadline', () => {
    const padded = shown(gov, hoverIn(gov, '2025年01月20日')).lines;
    assert.equal(padded[0], '2025年01月20日：落款日期（成文日期）');
    assert.equal(padded[1], 'GB/T 9704-2012 写法：2025年1月20日');
    assert.match(padded[2], /^✗ 月、日不编虚位/);
    assert.match(padded[3], /^✓ 在公布期限2025年3月31日之前/);
    const latinO = shown(dept, hoverIn(dept, '二O一八年三月十日')).lines;
    assert.equal(latinO[1], 'GB/T 9704-2012 写法：2018年3月10日');
    assert.match(latinO[2], /^✗ 年份中的零用了形近字符/);
    assert.match(latinO[4], /^✓ 在公布期限2018年3月31日之前（2007年《条例》第三十一条/);
  });

  test('headings: the statutory item, in the 2021 format and in the legacy one', () => {
    const three = shown(gov, hoverIn(gov, '三、收到和处理政府信息公开申请情况', 1)).lines;
    assert.equal(three[1], '对应《条例》第五十条第一款第（二）项：“行政机关收到和处理政府信息公开申请的情况”');
    assert.match(three[2], /^✓ .*第 59 行$/);
    assert.deepEqual(shown(dept, hoverIn(dept, '四、因政府信息公开申请', 1)).lines.slice(1), [
      '对应2007年《条例》第三十二条第（四）项：“因政府信息公开申请行政复议、提起行政诉讼的情况”',
      '本报告：2017年度，2008—2018年旧格式',
    ]);
  });
});

describe('counts in the text', () => {
  sharedTest('seed 000: 876 is the total of list lines that add up to 377 ✗', () => {
    const { doc } = parseShared('seeds', '000');
    const { lines, covers } = shown(doc, hoverIn(doc, '共876条', 1));
    assert.equal(covers, '876条');
    assert.deepEqual(lines, [
      '876条：我局主动公开政府信息',
      '合计，“其中：”后逐行列出的 3 项分项：政策法规类信息 69 + 业务类信息 294 + 便民服务类信息 14 = 377条 ✗（比合计少 499）',
    ]);
    // 69 is both a part of 876 and the total of its own 其中.
    const part = shown(doc, hoverIn(doc, '共公开69条', 3)).lines;
    assert.deepEqual(part.slice(1), [
      '合计，“其中”之后的 2 项分项：“法规公文”类信息 17 + “政府决策”类信息 52 = 69条 ✓',
      '分项，属于合计 “我局主动公开政府信息”876条，占 7.9%',
      '同组 3 项分项之和 377条 ✗（比合计少 499）',
    ]);
  });

  sharedTest('seed 001: 898 = the six categories ✓, and a part shows its share', () => {
    const { doc } = parseShared('seeds', '001');
    const total = shown(doc, hoverIn(doc, '更新政府信息898条', 6));
    assert.equal(total.lines[0], '898条：2009年度主动公开更新政府信息');
    assert.equal(total.lines[1], '合计，“其中”之后的 6 项分项：概况类信息 2 + 计划总结类信息 10 + 法规公文类信息 188 + 工作动态类信息 200 + 服务类信息 12 + 其他信息 486 = 898条 ✓');
    const part = shown(doc, hoverIn(doc, '其他信息486条', 4)).lines;
    assert.deepEqual(part, ['486条：其他信息', '分项，属于合计 “2009年度主动公开更新政府信息”898条，占 54.1%', '同组 6 项分项之和 898条 ✓']);
  });

  sharedTest('seed 001: two counts before 其中 — the parts fit 19 + 4 = 23 ✓', () => {
    const { doc } = parseShared('seeds', '001');
    for (const [needle, delta] of [['在线申请19件', 4], ['纸质申请4件', 4]] as const) {
      const { lines } = shown(doc, hoverIn(doc, needle, delta));
      assert.equal(lines[1], '合计，“其中”之后的 5 项分项：4 + 1 + 15 + 2 + 1 = 23件 ✓（合计按 19 + 4 = 23 计）');
    }
    const part = shown(doc, hoverIn(doc, '1件属于依申请')).lines;
    assert.deepEqual(part, ['1件：属于依申请公开的信息', '分项，属于合计 23件，占 4.3%', '同组 5 项分项之和 23件 ✓（合计按 19 + 4 = 23 计）']);
  });

  sharedTest('a count with no statement around it says what it counts; an approximate one says it is not summed', () => {
    const { doc } = parseShared('corpus', HUAIAN);
    assert.deepEqual(shown(doc, hoverIn(doc, '制作政策解读21 个', 6)).lines, ['21 个：通过文字、图片等形式制作政策解读']);
    assert.deepEqual(shown(doc, hoverIn(doc, '5500 余条')).lines, ['5500 余条：市政府网站主动公开各类政府信息', '概数（余），不参与核算']);
    // A one-item （含…）: a subset, not a list to add up.
    assert.deepEqual(shown(doc, hoverIn(doc, '答复 3050 件', 4)).lines, ['3050 件：答复', '合计，括号内所含只列出一项：上年度结转申请 34件']);
  });

  sharedTest('numbers that are not counts (postcodes, phone numbers, document numbers) get no hover', () => {
    const { doc } = parseShared('corpus', HUAIAN);
    assert.equal(hoverIn(doc, '邮编：223001', 4), undefined);
    assert.equal(hoverIn(doc, '0517-83605210', 6), undefined);
    assert.equal(hoverIn(doc, '国令第 711 号', 5), undefined);
  });
});

describe('percentages in the text', () => {
  const SHANGHAI = '2019_shanghai_bangongting_1';

  sharedTest('Shanghai 2019 line 29: 33.9% is not 258 of the 805 answered ✗; 4.34% was truncated ✗; 32.9% ✓', () => {
    const { doc } = parseShared('corpus', SHANGHAI);
    const wrong = shown(doc, hoverIn(doc, '占33.9%', 1));
    assert.equal(wrong.covers, '33.9%');
    assert.deepEqual(wrong.lines, [
      '33.9%：“予以公开及部分公开”258件所占比例',
      '合计：“答复政府信息公开申请”805件',
      '258 ÷ 805 = 32.050%，按所印精度为 32.0% ✗（所印 33.9% 比它高 1.85 个百分点）',
    ]);
    assert.deepEqual(shown(doc, hoverIn(doc, '占4.34%', 3)).lines.slice(1), [
      '合计：“答复政府信息公开申请”805件',
      '35 ÷ 805 = 4.3478%，按所印精度为 4.35% ✗（4.34%是截尾所得，应四舍五入）',
    ]);
    assert.deepEqual(shown(doc, hoverIn(doc, '占32.9%', 1)).lines, [
      '32.9%：“因本机关不掌握等原因无法提供”265件所占比例',
      '合计：“答复政府信息公开申请”805件',
      '265 ÷ 805 = 32.919%，按所印精度为 32.9% ✓',
    ]);
    const en = shown(doc, hoverIn(doc, '占33.9%', 5, 'en')).lines;
    assert.equal(en[2], '258 ÷ 805 = 32.050%, 32.0% at the printed precision ✗ (the printed 33.9% is 1.85 points too high)');
  });

  sharedTest('a change against last year has no part and total: said to be unchecked', () => {
    const { doc } = parseShared('corpus', SHANGHAI);
    const { lines, covers } = shown(doc, hoverIn(doc, '回落12.3%', 2));
    assert.equal(covers, '12.3%');
    assert.deepEqual(lines, ['12.3%', '不是紧跟在数字后的“占…%”，可能是增减幅度或比率，不核算']);
  });

  sharedTest('seed 001: 61.7% and 38.3% of the 107 in the paragraph before, across a line break ✓', () => {
    const { doc } = parseShared('seeds', '001');
    assert.deepEqual(shown(doc, hoverIn(doc, '61.7%')).lines, [
      '61.7%：“政策法规类的信息”66条所占比例',
      '合计：“我局2008共主动公开政府信息”107条',
      '66 ÷ 107 = 61.682%，按所印精度为 61.7% ✓',
    ]);
    assert.deepEqual(shown(doc, hoverIn(doc, '38.3%', 4)).lines.slice(2), ['41 ÷ 107 = 38.318%，按所印精度为 38.3% ✓']);
  });

  test('a share whose total cannot be established, and an approximate one, are not judged', () => {
    const doc = parseDocument('某局2016年政府信息公开工作年度报告\n\n部分公开14件，占12.6%；约30%的申请来自网上。\n');
    assert.deepEqual(shown(doc, hoverIn(doc, '12.6%')).lines, [
      '12.6%：“部分公开”14件所占比例',
      '未能确定合计（同段至少两个百分比须与同一合计吻合），不核算',
    ]);
    assert.deepEqual(shown(doc, hoverIn(doc, '30%')).lines, ['约30%', '概数（约），不核算']);
  });
});

describe('section headings', () => {
  sharedTest('2021 format: the Art. 50 item and the table the part must hold', () => {
    const { doc } = parseShared('corpus', HUAIAN);
    const { lines, covers } = shown(doc, hoverIn(doc, '三、收到和处理政府信息公开申请情况', 3));
    assert.equal(covers, '三、收到和处理政府信息公开申请情况');
    assert.deepEqual(lines, [
      '三、收到和处理政府信息公开申请情况',
      '对应《条例》第五十条第一款第（二）项：“行政机关收到和处理政府信息公开申请的情况”',
      '✓ 表三（收到和处理政府信息公开申请情况）：第 52 行',
      '本报告：2024年度，2021年格式',
    ]);
  });

  sharedTest('a government report with no word on assessment, public review or accountability is told so under 一、', () => {
    const { doc } = parseShared('corpus', HUAIAN);
    const { lines } = shown(doc, hoverIn(doc, '一、总体情况'));
    assert.match(lines[1], /^对应统一格式第一部分/);
    assert.match(lines[2], /^✗ 报告中未找到工作考核、社会评议和责任追究结果情况/);
  });

  test('a 2021 report whose 三、 has no Table B', () => {
    const text = [
      '某县发展和改革局2021年政府信息公开工作年度报告',
      '',
      '一、总体情况',
      '',
      '本年度报告中所列数据统计期限为2021年1月1日至2021年12月31日。',
      '',
      '三、收到和处理政府信息公开申请情况',
      '',
      '本年度共收到政府信息公开申请3件，均已按时答复。',
      '',
      '四、政府信息公开行政复议、行政诉讼情况',
      '',
      '无。',
    ].join('\n');
    const doc = parseDocument(text);
    const { lines } = shown(doc, hoverIn(doc, '三、收到', 1));
    assert.ok(lines.includes('✗ 本部分未找到表三（收到和处理政府信息公开申请情况）'), lines.join('\n'));
    const en = shown(doc, hoverIn(doc, '四、政府', 1, 'en')).lines;
    assert.ok(en.includes('✗ No Table 4 (administrative review and litigation) found in this part'), en.join('\n'));
  });

  sharedTest('legacy report: the item of 2007 Art. 32', () => {
    const { doc } = parseShared('seeds', '000');
    const { lines } = shown(doc, hoverIn(doc, '三、依申请公开政府信息办理情况', 2));
    assert.deepEqual(lines, [
      '三、依申请公开政府信息办理情况',
      '对应2007年《条例》第三十二条第（二）项：“行政机关依申请公开政府信息和不予公开政府信息的情况”',
      '本报告：2012年度，2008—2018年旧格式',
    ]);
  });
});

describe('dates', () => {
  sharedTest('a signature date inside the deadline for a county department (沭阳县发改局 2023)', () => {
    const { doc } = parseShared('corpus', '2023_shuyang_fagaiju');
    const { lines, covers } = shown(doc, hoverIn(doc, '2024年1月17日'));
    assert.equal(covers, '2024年1月17日');
    assert.deepEqual(lines, [
      '2024年1月17日：落款日期（成文日期）',
      '✓ 符合 GB/T 9704-2012 的写法',
      '✓ 在公布期限2024年1月31日之前（《条例》第四十九条第一款（县级以上人民政府部门）；当地可能规定更早的期限）',
      '报告年度：2023年',
    ]);
  });

  sharedTest('a local deadline from the configuration makes the same date late', () => {
    const { doc } = parseShared('corpus', '2023_shuyang_fagaiju');
    const { lines } = shown(doc, hoverIn(doc, '2024年1月17日', 0, 'zh', { department: { month: 1, day: 10 } }));
    assert.equal(lines[2], '✗ 晚于公布期限2024年1月10日（本地配置的人民政府部门期限）');
  });

  sharedTest('a signature date with a Latin O (seed 001, 2009 report signed in 2010)', () => {
    const { doc } = parseShared('seeds', '001');
    const { lines } = shown(doc, hoverIn(doc, '二O一O年三月五日', 2));
    assert.deepEqual(lines, [
      '二O一O年三月五日：落款日期（成文日期）',
      'GB/T 9704-2012 写法：2010年3月5日',
      '成文于2012年7月1日以前，当时习惯用汉字、零写作“〇”：二〇一〇年三月五日',
      '✗ 年份中的零用了形近字符，应写作“〇”（GB/T 15835-2011 5.2.5）',
      '✓ 在公布期限2010年3月31日之前（2007年《条例》第三十一条；当地可能规定更早的期限）',
      '报告年度：2009年',
    ]);
  });

  sharedTest('a date with a space inside, in its role as the end of the statistics period', () => {
    const { doc } = parseShared('seeds', '001');
    const { lines } = shown(doc, hoverIn(doc, '2009年12月31 日', 1, 'en'));
    assert.deepEqual(lines, [
      '2009年12月31 日: the end of the statistics period',
      'GB/T 9704-2012 form: 2009年12月31日',
      '✗ a space inside the date (GB/T 15835-2011, 5.1.7.2)',
      'Report year: 2009',
    ]);
  });

  test('a signature before the year ended', () => {
    const doc = parseDocument('某县教育局2021年政府信息公开工作年度报告\n\n一、总体情况\n\n略。\n\n某县教育局\n2021年11月5日\n');
    const { lines } = shown(doc, hoverIn(doc, '2021年11月5日'));
    assert.equal(lines[0], '2021年11月5日：落款日期（成文日期）');
    assert.ok(lines.includes('✗ 早于报告年度结束（2021年12月31日）'), lines.join('\n'));
  });
});

describe('nothing to say, and never an exception', () => {
  sharedTest('plain text, whitespace, markers and offsets outside the text get no hover', () => {
    const { doc } = parseShared('corpus', HUAIAN);
    assert.equal(hoverIn(doc, '坚持以习近平新时代'), undefined);
    assert.equal(hoverIn(doc, '\n\n一、总体情况'), undefined);
    for (const offset of [-1, doc.text.length, doc.text.length + 10, 0.5, Number.NaN]) assert.equal(hoverAt(doc, offset, { lang: 'zh' }), undefined);
  });

  test('a hover never lets a report inject Markdown', () => {
    const doc = parseDocument('某局2020年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n共公开`代码`和_强调_及<b>标签</b>信息10条。\n');
    const h = hoverIn(doc, '10条');
    assert.ok(h);
    assert.equal(h.markdown, '**10条：公开\\`代码\\`和\\_强调\\_及\\<b\\>标签\\</b\\>信息**');
  });

  sharedTest('every 97th offset of every shared file, in both languages', () => {
    let hovers = 0;
    for (const dir of ['seeds', 'corpus'] as const) {
      for (const name of listShared(dir)) {
        const { doc } = parseShared(dir, name);
        for (let offset = 0; offset <= doc.text.length + 1; offset += 97) {
          for (const lang of ['zh', 'en'] as const) {
            const h = hoverAt(doc, offset, { lang, config: { deadlines: { township: { month: 3, day: 31 } } } });
            if (!h) continue;
            hovers++;
            assert.ok(h.span.start <= offset && offset < h.span.end, `${name}@${offset}: the hover covers the offset`);
            assert.ok(h.markdown.length < 2000, `${name}@${offset}: short`);
          }
        }
      }
    }
    assert.ok(hovers > 100, `only ${hovers} hovers`);
  });

  test('junk, half-typed tables, CRLF, full-width digits and the empty text: every offset', () => {
    const texts = [
      '',
      '\u0000\u0001\uFFFD\uD800|||\t\t',
      '| 一、本年新收政府信息公开申请数量 | 3 |\n| 三、本年度办理结果 / （七）总计 |\n| 四、结转下年度继续办理 | | | x |\n',
      '某局２０２１年政府信息公开工作年度报告\r\n\r\n三、收到和处理政府信息公开申请情况\r\n\r\n共收到申请１２件，其中网上申请１３件。\r\n\r\n| 行政复议 / 结果维持 | 行政诉讼 |\r\n| 1 | 2 | 3 |\r\n二〇二二年一月',
      '其中：\n\n共计\n\n其中其中5件，共\n（含（含3件',
      '| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 自然人 | 总计 |\n|---|---|---|\n| 一、本年新收政府信息公开申请数量 | 1 |\n| 二、上年结转政府信息公开申请数量 | 0 | 0 |\n| 三、本年度办理结果 / （七）总计 | 1 | 1 |\n| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n',
    ];
    for (const text of texts) {
      const doc = parseDocument(text);
      for (let offset = -1; offset <= text.length + 1; offset++) {
        for (const lang of ['zh', 'en'] as const) hoverAt(doc, offset, { lang });
      }
    }
  });
});

test('hover part labels: no joining word (以及, 和) before a label and no colon after one', () => {
  const doc = parseDocument('某局2015年政府信息公开工作年度报告\n\n一、主动公开情况\n\n本年度共主动公开政府信息10条，其中政策文件3条，以及机构概况7条。\n\n主要表现在：共收到申请5件。\n');
  const total = shown(doc, hoverIn(doc, '10条')).lines.join('\n');
  assert.match(total, /政策文件 3 \+ 机构概况 7 = 10/, total);
  assert.doesNotMatch(total, /以及|：:|:：/);
  const count = shown(doc, hoverIn(doc, '5件')).lines.join('\n');
  assert.doesNotMatch(count, /：[：:]|:[：:]|在：\*\*|在：$/m, count);
});
