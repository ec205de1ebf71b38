// copiedText's parts that are easy to get subtly wrong: the normalization (a fast path next to NFKC and three
// regexes), the figures and years of a copied sentence, nearly identical sentences and which of last year's
// sentences such a sentence is matched with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/core';
import { reportSetOf } from '../../server/src/core/analysis/reportSet';
import { copiedTextOf, normalizeSentence } from '../../server/src/core/analysis/copiedText';

/** The normalization as first written: what the cheaper one must equal. */
const reference = (text: string) =>
  text.normalize('NFKC').replace(/[\s|*#>_`~\-—–]+/g, '').replace(/[〇○零一二三四五六七八九]{4}(?=年)/g, '#').replace(/\d+(?:\.\d+)?/g, '#');

test('normalizeSentence equals NFKC and the three replacements, on years, figures, full-width forms and noise', () => {
  const samples = [
    '2023年，共收到申请１３２件。',
    '二〇二四年，共收到申请 7 件。',
    '二〇二 三年的一二三四五年：七八九〇年份',
    '一二三年与四年',
    '比上年增长１２．５％，即 3.14.15 个百分点',
    '| 收到申请 | ** 12 ** | # 标题 > 引用 ~ _x_ `y` — – - 　全角空格',
    '㈱会社…①②③ ｶﾀｶﾅ ﬁ',
    '年年年〇〇〇〇年',
    '',
  ];
  for (const s of samples) assert.equal(normalizeSentence(s), reference(s), s);
  // Random strings over the characters that matter.
  const alphabet = [...'0123456789０１２３４５６７８９.．〇○零一二三四五六七八九年 |#*-—，。（）\t\n'];
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let k = 0; k < 2000; k++) {
    let s = '';
    for (let n = Math.floor(rnd() * 20); n > 0; n--) s += alphabet[Math.floor(rnd() * alphabet.length)];
    assert.equal(normalizeSentence(s), reference(s), JSON.stringify(s));
  }
});

function pairOf(last: string, now: string) {
  const doc = (year: number, body: string) => parseDocument(`青禾县人民政府${year}年政府信息公开工作年度报告\n\n${body}\n`);
  const set = reportSetOf([{ uri: 'last.md', doc: doc(2023, last) }, { uri: 'now.md', doc: doc(2024, now) }]);
  assert.equal(set.pairs.length, 1);
  return { pair: set.pairs[0], now: set.pairs[0].current.doc.text, last: set.pairs[0].last.doc.text };
}

test('a nearly identical sentence is matched with the closest of last year\'s, the later one on equal scores', () => {
  const a = '县政府办公室组织开展政务公开业务培训，切实提升工作人员的业务能力和水平。';
  const b = '全县政务公开专区运行平稳，为群众查阅政府信息提供了便利条件和良好服务。';
  const changed = a.replace('切实', '有效');
  const { pair, now, last } = pairOf(`${a}\n\n${b}\n\n${a}`, `${changed}\n\n${b}`);
  const found = copiedTextOf(pair.current, pair.last);
  assert.equal(found.compared, 2);
  const near = found.copied.find((c) => !c.same)!;
  assert.equal(now.slice(near.current.start, near.current.end), changed);
  // Both copies of `a` score the same: the second one is taken.
  assert.equal(near.last.start, last.lastIndexOf(a));
  const exact = found.copied.find((c) => c.same)!;
  assert.equal(last.slice(exact.last.start, exact.last.end), b);
  // A sentence too different is not matched.
  const other = copiedTextOf(pairOf(a, '今年重点公开了惠企政策和涉企收费清单，检索更加方便快捷。').pair.current, pairOf(a, a).pair.last);
  assert.equal(other.copied.length, 0);
});

test('years and figures left in a copied sentence: full-width digits, decimals and years in Chinese digits', () => {
  const s = (year: string, n: string) => `二〇二${year}年，全县共受理申请${n}件，答复率达到９８．５％，较上年有所提高。`;
  const { pair, now } = pairOf(s('三', '１２'), s('三', '１２'));
  const found = copiedTextOf(pair.current, pair.last);
  assert.deepEqual(found.leftOvers.map((l) => [l.kind, now.slice(l.current.start, l.current.end), l.raw]), [
    ['year', '二〇二三', '二〇二三年'],
    ['figure', '１２', '１２件'],
    ['figure', '９８．５', '９８．５％'],
  ]);
  // This year's own year is not a left-over.
  const fresh = pairOf(s('三', '１２'), s('四', '１２'));
  assert.deepEqual(copiedTextOf(fresh.pair.current, fresh.pair.last).leftOvers.map((l) => l.kind), ['figure', 'figure']);
});

test('two reports in one file: each compares its own sentences, headings aside, from a digest as from the document', async () => {
  const { setDigestOf, setDocumentOf } = await import('../../server/src/core');
  const body = (year: number) => [
    `青禾县人民政府${year}年政府信息公开工作年度报告`,
    '一、总体情况',
    '县政府办公室组织开展政务公开业务培训，切实提升工作人员的业务能力和水平。',
    '全县政务公开专区运行平稳，为群众查阅政府信息提供了便利条件和良好服务。',
    '二、主动公开政府信息情况',
    `${year}年全县通过门户网站主动公开各类政府信息，及时回应社会各方面的关切。`,
  ].join('\n\n');
  const doc = parseDocument(`${body(2023)}\n\n${body(2024)}\n`);
  for (const d of [doc, setDocumentOf(structuredClone(setDigestOf(doc)))]) {
    const set = reportSetOf([{ uri: 'both.md', doc: d }]);
    assert.equal(set.pairs.length, 1);
    const found = copiedTextOf(set.pairs[0].current, set.pairs[0].last);
    assert.equal(found.compared, 3);
    assert.equal(found.copied.length, 3);
    assert.ok(found.copied.every((c) => c.current.start >= set.pairs[0].current.report.start && c.last.end <= set.pairs[0].last.report.end));
    assert.deepEqual(found.leftOvers.map((l) => l.kind), []);
  }
});
