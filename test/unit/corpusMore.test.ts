// The 35 reports of ../shared/corpus/more against their INDEX.md: every error the INDEX lists that a rule
// covers is found at warning or error, and nothing else is — except findings on the parts of a page cut off
// at 2,000 bytes (the INDEX makes no claim about what follows the cut: missing parts, part counts).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectFindings, parseDocument, positionAt } from '../../server/src/core';
import { SHARED, sharedTest } from './fixtures';

const MORE = path.join(SHARED, 'corpus', 'more');

/** The errors of INDEX.md that a rule covers: file, 1-based line, rule. */
const EXPECTED: Array<[string, number, string]> = [
  ['2008_haiyan_hedianyingjiban_1.md', 7, 'period-mismatch'], // 统计期限自2003 年至2008 年止: six whole years
  ['2009_yongchun_linyeju_1.md', 6, 'late-publication'], // 公文生成日期 2009-12-28, before the year ended
  ['2009_zhongshan_dachongzhen_1.md', 3, 'doc-number-brackets'], // 中府[2008]6号
  ['2009_zhongshan_dachongzhen_1.md', 6, 'doc-number-brackets'],
  ['2009_zhongshan_dachongzhen_1.md', 6, 'unbalanced-brackets'], // 按照广东省政府信息公开规定》: the 《 is missing
  ['2012_shayibake_quzhengfu_1.md', 3, 'unbalanced-brackets'], // (地址:…电子邮箱:(sqzf2005@126.com)。 two ( and one )
  ['2010_meihekou_xinghuaxiang_1.md', 15, 'percent-mismatch'], // 45 ÷ 65 = 69.23%, not 75%
  ['2010_meihekou_xinghuaxiang_1.md', 7, 'missing-section'], // no 依申请公开 anywhere (whole page)
  ['2010_meihekou_xinghuaxiang_1.md', 7, 'missing-section'], // no 收费及减免
  ['2010_meihekou_xinghuaxiang_1.md', 7, 'missing-section'], // no 行政复议、行政诉讼
  ['2011_siping_jiefangjiedao_1.md', 5, 'missing-section'], // no 收费及减免 (whole page)
  ['2013_jilin_gonganju_1.md', 3, 'doc-number-brackets'], // 吉政公办[2014]4号
  ['2014_sinan_tingzibazhen_1.md', 3, 'total-mismatch'], // 160 vs 170
  ['2017_xiamen_guoziwei_1.md', 6, 'statute-name'], // 《中华人民政府信息公开条例》: 共和国 missing
  ['2017_xiamen_guoziwei_1.md', 10, 'doc-number-brackets'], // 厦府办[2017]166号
  ['2018_linyi_suanxiang_1.md', 7, 'total-mismatch'], // 1600 + 450 + 453 = 2503 vs 2873, the last part a catch-all (等方式)
  ['2018_suixi_jianxinzhen_1.md', 3, 'missing-section'], // no 存在的主要问题 part (whole page)
  ['2022_lintao_xintianzhen_1.md', 3, 'total-mismatch'], // 35 + 80 + 2443 > 382: a part with a 其中 of its own
  ['2022_taojiang_songmutangzhen_1.md', 15, 'no-rulemaking-power'], // 表二 规章 2 / 0 / 2 from a township
  ['2025_ganzhou_beijiejiedao_1.md', 11, 'total-mismatch'], // 1 vs 1 + 2
];

/** What the INDEX marks as a possible error "(?)": may be reported, need not be. */
const POSSIBLE: Array<[string, number, string]> = [
  ['2010_guojia_shuiwuzongju_1.md', 9, 'unbalanced-brackets'], // (地址:…邮编:电话:传真: — "the bracket never closes"
];

/** Pages the INDEX marks as cut off at 2,000 bytes: claims about their tail are not judged. */
function isCut(file: string): boolean {
  const row = fs.readFileSync(path.join(MORE, 'INDEX.md'), 'utf8').split('\n').find((l) => l.startsWith(`| ${file} |`)) ?? '';
  return /\|\s*yes \(/.test(row);
}

const TAIL_RULES = new Set(['missing-section', 'part-count-mismatch']);

sharedTest('corpus/more: every covered INDEX error is found, and no other warning or error (tails of cut pages aside)', () => {
  const files = fs.readdirSync(MORE).filter((f) => f.endsWith('.md') && f !== 'INDEX.md').sort();
  assert.equal(files.length, 35);
  const unexpected: string[] = [];
  const found = new Map<string, number>();
  for (const file of files) {
    const text = fs.readFileSync(path.join(MORE, file), 'utf8');
    const doc = parseDocument(text, { fileName: file });
    for (const f of collectFindings(doc)) {
      if (f.severity !== 'error' && f.severity !== 'warning') continue;
      const line = positionAt(doc.lineStarts, f.start).line + 1;
      const key = `${file}:${line}:${f.ruleId}`;
      if (EXPECTED.some(([a, b, c]) => `${a}:${b}:${c}` === key)) found.set(key, (found.get(key) ?? 0) + 1);
      else if (POSSIBLE.some(([a, b, c]) => `${a}:${b}:${c}` === key)) continue;
      else if (!(TAIL_RULES.has(f.ruleId) && isCut(file))) unexpected.push(`${key} ${f.severity} ${f.message.zh.slice(0, 80)}`);
    }
  }
  const counts = new Map<string, number>();
  for (const [a, b, c] of EXPECTED) counts.set(`${a}:${b}:${c}`, (counts.get(`${a}:${b}:${c}`) ?? 0) + 1);
  const notFound = [...counts].filter(([k, n]) => (found.get(k) ?? 0) < n).map(([k, n]) => `${k} ×${n} (found ${found.get(k) ?? 0})`);
  assert.deepEqual({ notFound, unexpected }, { notFound: [], unexpected: [] });
});

sharedTest('corpus/more: the note that a text stops mid-sentence is given only on pages the INDEX marks as cut off', () => {
  const files = fs.readdirSync(MORE).filter((f) => f.endsWith('.md') && f !== 'INDEX.md').sort();
  const noted = files.filter((file) => {
    const doc = parseDocument(fs.readFileSync(path.join(MORE, file), 'utf8'), { fileName: file });
    return collectFindings(doc).some((f) => f.ruleId === 'text-cut-off');
  });
  assert.deepEqual(noted.filter((f) => !isCut(f)), [], 'a page that is not cut off');
  // Pages cut inside a table or right after a heading end without a sentence to judge: most, not all, are noted.
  assert.ok(noted.length >= 20, `${noted.length} of ${files.filter(isCut).length} cut pages noted`);
});

sharedTest('corpus/more: the traps the INDEX verified as correct are not flagged', () => {
  const read = (f: string) => fs.readFileSync(path.join(MORE, f), 'utf8');
  const ids = (f: string) => collectFindings(parseDocument(read(f), { fileName: f })).map((x) => x.ruleId);
  // 永嘉 2015: shares rounded to two decimals (33.04, 43.07, 23.89 of 339).
  assert.ok(!ids('2015_yongjia_tongjiju_1.md').includes('percent-mismatch'));
  // 呼伦贝尔学院: the academic year 2020-09-01 to 2021-08-31 is the period a university reports on.
  assert.ok(!ids('2021_hulunbeier_xueyuan_1.md').includes('period-mismatch'));
  // 濂溪 2024: 69 + 8043 + 10327 = 18439; 锡山安镇 2025: 12 + 8 + 29 + 3 + 6 + 1 = 59; 缙云三溪 2018: channel counts without 其中.
  for (const f of ['2024_lianxi_quzhengfu_1.md', '2025_xishan_anzhenjiedao_1.md', '2018_jinyun_sanxixiang_1.md']) assert.ok(!ids(f).includes('total-mismatch'), f);
  // 沙依巴克 2012: "按时公布2011年…年度报告" is last year's report, not a stale year.
  assert.ok(!ids('2012_shayibake_quzhengfu_1.md').includes('year-mismatch'));
});
