// unfilled-field: the slots a template leaves (placeholders, instructions, dates and counts without their
// figures), and the words and real reports that only look like them. An empty 统计期限 is period-mismatch's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SHARED, sharedTest } from '../fixtures';
import { findingsOf, sharedReports } from './dateFixtures';

const RULE = 'unfilled-field';
const TITLE = '青禾县人民政府2023年政府信息公开工作年度报告\n本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n';

function flagged(body: string): string[] {
  return findingsOf(RULE, `${TITLE}${body}\n`).map((f) => f.text);
}

test('placeholder glyphs: ××, XX, ＸＸ, xx, ○○, □□, ____, an empty 【】, one × before a unit', () => {
  assert.deepEqual(flagged('本年度共收到政府信息公开申请XX件。'), ['XX']);
  assert.deepEqual(flagged('××局负责本单位政府信息公开工作。'), ['××']);
  assert.deepEqual(flagged('主动公开信息ＸＸ条，其中xx条通过网站公开。'), ['ＸＸ', 'xx']);
  assert.deepEqual(flagged('联系人：○○○，电话：□□□□。'), ['○○○', '□□□□']);
  assert.deepEqual(flagged('本年度共办理依申请公开____件，【】'), ['____', '【】']);
  assert.deepEqual(flagged('依据《条例》第×条，受理×件。'), ['×', '×']);
  assert.deepEqual(flagged('××县××局，第××条，2024年××月，联系人：×××'), ['××', '××', '××', '××', '×××']);
  const [f] = findingsOf(RULE, `${TITLE}本年度共收到政府信息公开申请XX件。\n`);
  assert.equal(f.severity, 'error');
  assert.equal(f.line, 3);
  assert.match(f.message, /“XX”是模板的占位符/);
});

test('fill-in instructions: [填写], （此处填写……）, 【请填写……】', () => {
  assert.deepEqual(flagged('本年度主动公开信息[填写]条。'), ['[填写]']);
  assert.deepEqual(flagged('（此处填写存在的主要问题及改进情况。）'), ['（此处填写存在的主要问题及改进情况。）']);
  assert.deepEqual(flagged('【请填写其他需要报告的事项】'), ['【请填写其他需要报告的事项】']);
  assert.match(findingsOf(RULE, `${TITLE}（此处填写存在的主要问题。）\n`)[0].message, /填写说明/);
});

test('dates with placeholder or blank parts, each flagged once as a whole', () => {
  assert.deepEqual(flagged('××××年××月××日'), ['××××年××月××日']);
  assert.deepEqual(flagged('青禾县人民政府\n2024年×月×日'), ['2024年×月×日']);
  assert.deepEqual(flagged('青禾县人民政府\n    年  月  日'), ['年  月  日']);
  assert.deepEqual(flagged('于20XX年3月1日印发。'), ['20XX年3月1日']);
  assert.deepEqual(flagged('青禾县人民政府\n2024年月日'), ['2024年月日']);
  assert.match(findingsOf(RULE, `${TITLE}××××年××月××日\n`)[0].message, /日期“××××年××月××日”没有填写完整/);
});

test('counts whose number was never written', () => {
  assert.deepEqual(flagged('本年度共收到申请件，均已按期答复。'), ['共收到申请件']);
  assert.deepEqual(flagged('本年度共收到政府信息公开申请件，其中予以公开件、不予公开件。'), ['共收到政府信息公开申请件', '予以公开件', '不予公开件']);
  assert.deepEqual(flagged('全年主动公开政府信息条。'), ['主动公开政府信息条']);
  assert.deepEqual(flagged('共件，占%。'), ['共件', '占%']);
  assert.match(findingsOf(RULE, `${TITLE}本年度共收到申请件。\n`)[0].message, /缺少数字/);
});

test('words and real text that only look like slots are not flagged', () => {
  for (const body of [
    '根据《条例》第二十条的规定，条款明确，件数统计准确。',
    '共公开各类信息条目1200余条，公开文件12件，共办理案件3件，共收到信件5封。',
    '共有条件的单位均已公开，公共信息条目已更新。',
    '共受理申请件数为12件；累计件数20件。',
    '二○○九年，我县……，二○一○年三月五日。',
    '网址：http://xxgk.example.gov.cn，邮箱：xxgk@sc.gov.cn。',
    '【打印本页】 【关闭本页】 【字体:  大 中 小 】',
    '公开前填写《信息公开发布审批单》，经审核后发布。',
    '本年度共收到申请12件，其中予以公开10件、不予公开2件，占16.7%。',
    '2019 年 1 月 1 日起施行，每年 3月1日前报送。',
    '___',
    '3×5件展板。',
    '申请人王××申请公开征收补偿信息，李××同志负责答复，负责人赵○○',
  ]) assert.deepEqual(flagged(body), [], body);
});

test('the empty 统计期限 is period-mismatch\'s alone; a period with placeholder years is unfilled-field\'s alone', () => {
  const empty = '青禾县人民政府2023年政府信息公开工作年度报告\n本报告中所列数据的统计期限自××××年××月××日起至××××年××月××日止。\n';
  assert.deepEqual(findingsOf(RULE, empty), []);
  assert.equal(findingsOf('period-mismatch', empty).length, 1);
  const years = '青禾县人民政府2023年政府信息公开工作年度报告\n统计期限自××××年1月1日至××××年12月31日。\n';
  assert.deepEqual(findingsOf(RULE, years).map((f) => f.text), ['××××年1月1日', '××××年12月31日']);
  assert.deepEqual(findingsOf('period-mismatch', years), []);
});

sharedTest('no real report in ../shared (seeds, corpus, corpus/more) has an unfilled slot', () => {
  const more = path.join(SHARED, 'corpus', 'more');
  const moreReports = fs.readdirSync(more).filter((f) => /\.(md|txt)$/.test(f) && f !== 'INDEX.md')
    .map((f): [string, string] => [`corpus/more/${f}`, fs.readFileSync(path.join(more, f), 'utf8')]);
  assert.ok(moreReports.length >= 35);
  for (const [name, text] of [...sharedReports(), ...moreReports]) assert.deepEqual(findingsOf(RULE, text), [], name);
});

test('a single Latin X is a stray keystroke as often as a placeholder: not flagged', () => {
  assert.deepEqual(flagged('一、本X年新收政府信息公开申请数量'), []);
  assert.deepEqual(flagged('受理X件申请。'), []);
  assert.deepEqual(flagged('受理Ｘ件申请。'), ['Ｘ']);
});

test('lines opening with an HTML comment (after any white space) are not read; text before a comment is', () => {
  for (const lead of ['', '  ', '\t', '\u3000', '\ufeff']) assert.deepEqual(flagged(`${lead}<!-- 来源：××局网站，共收到申请件 -->`), [], JSON.stringify(lead));
  assert.deepEqual(flagged('联系人：×× <!-- 来源 -->'), ['××']);
  assert.deepEqual(flagged('<!-- 来源 -->\n联系人：××'), ['××']);
});

test('each report of a document is read for its own slots, whatever the others hold', () => {
  const second = '青禾县自然资源局2023年政府信息公开工作年度报告\n统计期限自2023年1月1日起至2023年12月31日止。\n';
  const text = `${TITLE}本年度共收到申请12件，占16.7%。\n（此处填写存在的主要问题。）\n${second}共件，占%。\n2024年×月×日\n`;
  const found = findingsOf(RULE, text).map((f) => [f.line, f.text]);
  assert.deepEqual(found, [[4, '（此处填写存在的主要问题。）'], [7, '共件'], [7, '占%'], [8, '2024年×月×日']]);
});

test('a slot at the end of a line is found, and no slot reaches across a line break', () => {
  assert.deepEqual(flagged('本年度共收到政府信息公开申请件\n均已按期答复。'), ['共收到政府信息公开申请件']);
  assert.deepEqual(flagged('主动公开政府信息\n12件，其中……'), []);
  assert.deepEqual(flagged('本年度共\n件，其中……'), []);
  assert.deepEqual(flagged('落款：青禾县人民政府\n    年  月  日\n（此处填写\n说明）'), ['年  月  日']);
  assert.deepEqual(flagged('分隔线：\n___\n联系电话：____'), ['____']);
});
