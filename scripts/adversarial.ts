// Adversarial document shapes for the benchmark and the scaling tests: very many headings, numbers,
// table rows or dates, the inputs on which a rule that is not linear would show. Deterministic.
import { hanNumber } from '../server/src/core/text/hanNumber';

const TITLE = '青禾县人民政府2024年政府信息公开工作年度报告';
const CLOSING = '\n\n青禾县人民政府\n2025年1月20日\n';

/** A tiny deterministic generator (mulberry32), so that every run builds the same text. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MARKERS = [
  (n: number) => `${hanNumber(n)}、`,
  (n: number) => `（${hanNumber(n)}）`,
  (n: number) => `${n}.`,
  (n: number) => `（${n}）`,
  (n: number) => String.fromCharCode('①'.charCodeAt(0) + ((n - 1) % 20)),
];
const TOPICS = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项', '加强组织领导', '完善工作机制'];

/**
 * `count` heading lines in one report: levels that go down and up at random (and sometimes start below
 * the level above, "（一）" before any "一、"), numbers in sequence with gaps, repeats and restarts,
 * a line of text after every fourth heading.
 */
export function headingsDocument(count: number, seed = 1): string {
  const next = random(seed);
  const lines: string[] = [TITLE, ''];
  const ordinals = [0, 0, 0, 0, 0];
  let rank = 0;
  for (let i = 0; i < count; i++) {
    const r = next();
    if (r < 0.3 && rank < 4) rank++;
    else if (r < 0.55 && rank > 0) rank -= 1 + Math.floor(next() * rank);
    for (let k = rank + 1; k < 5; k++) ordinals[k] = 0;
    const jump = next();
    ordinals[rank] = jump < 0.03 ? ordinals[rank] + 2 : jump < 0.05 ? Math.max(1, ordinals[rank]) : ordinals[rank] + 1;
    if (ordinals[rank] > 99) ordinals[rank] = 1;
    lines.push(`${MARKERS[rank](ordinals[rank])}${TOPICS[i % TOPICS.length]}`);
    if (i % 4 === 3) lines.push('本年度按照要求认真做好相关工作，取得一定成效。');
  }
  return lines.join('\n') + CLOSING;
}

/**
 * `count` headings where every lower-level marker comes before the first higher-level one: siblings
 * "（一）" and "1." alternating, no "一、" at all — the worst case for the level check.
 */
export function invertedLevelsDocument(count: number): string {
  const lines: string[] = [TITLE, ''];
  for (let i = 0; i < count; i++) lines.push(i % 2 ? `${(i % 99) + 1}.完善工作机制` : `（${hanNumber((i % 99) + 1)}）加强组织领导`);
  return lines.join('\n') + CLOSING;
}

/** `count` counts with units in prose: "共X件，其中A件、B件…" breakdowns of varied length, right and wrong. */
export function numbersDocument(count: number, seed = 2): string {
  const next = random(seed);
  const units = ['件', '条', '次', '个', '人次'];
  const paragraphs: string[] = [TITLE, '', '一、总体情况', ''];
  let made = 0;
  let sentences: string[] = [];
  while (made < count) {
    const unit = units[Math.floor(next() * units.length)];
    const parts = Array.from({ length: 1 + Math.floor(next() * 6) }, () => 1 + Math.floor(next() * 50));
    const sum = parts.reduce((a, b) => a + b, 0);
    const total = next() < 0.2 ? sum + 1 : sum;
    const shape = next();
    if (shape < 0.5) sentences.push(`全年共收到申请${total}${unit}，其中${parts.map((p, k) => `${['网上', '信函', '当面', '传真', '其他'][k % 5]}申请${p}${unit}`).join('、')}。`);
    else if (shape < 0.8) sentences.push(`共公开信息${total}${unit}（含${parts.map((p) => `${p}${unit}`).join('、')}），占${(parts[0] / Math.max(total, 1) * 100).toFixed(1)}%。`);
    else sentences.push(`共${total}${unit}，其中${parts.map((p) => `${p}${unit}`).join('、')}`);
    made += parts.length + 1;
    // A few very long paragraphs and many short ones.
    if (sentences.length >= (next() < 0.05 ? 400 : 5)) {
      paragraphs.push(sentences.join(''), '');
      sentences = [];
    }
  }
  if (sentences.length) paragraphs.push(sentences.join(''));
  return paragraphs.join('\n') + CLOSING;
}

/** One pipe table (`format` 'pipe') or tab-separated table ('tsv') of `rows` rows of numbers. */
export function tableDocument(rows: number, format: 'pipe' | 'tsv'): string {
  const lines: string[] = [TITLE, '', '二、主动公开政府信息情况', ''];
  const row = (cells: Array<string | number>) => (format === 'pipe' ? `| ${cells.join(' | ')} |` : cells.join('\t'));
  lines.push(row(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']));
  if (format === 'pipe') lines.push('|---|---|---|---|');
  for (let i = 0; i < rows; i++) lines.push(row([`第${i + 1}类文件`, i % 7, i % 3, i % 11 === 0 ? '' : i % 13]));
  return lines.join('\n') + CLOSING;
}

/** A table that reads as national Table B (its header, then its labelled rows over and over): `rows` rows. */
export function tableBDocument(rows: number): string {
  const header = '| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 / 自然人 | 申请人情况 / 法人或其他组织 / 商业企业 | 申请人情况 / 法人或其他组织 / 科研机构 | 申请人情况 / 法人或其他组织 / 社会公益组织 | 申请人情况 / 法人或其他组织 / 法律服务机构 | 申请人情况 / 法人或其他组织 / 其他 | 申请人情况 / 总计 |';
  const labels = [
    '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果 / （一）予以公开',
    '三、本年度办理结果 / （二）部分公开（区分处理的，只计这一情形，不计其他情形）', '三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密',
    '三、本年度办理结果 / （四）无法提供 / 1.本机关不掌握相关政府信息', '三、本年度办理结果 / （五）不予处理 / 2.重复申请',
    '三、本年度办理结果 / （六）其他处理 / 3.其他', '三、本年度办理结果 / （七）总计', '四、结转下年度继续办理',
  ];
  const lines: string[] = [TITLE, '', '三、收到和处理政府信息公开申请情况', '', header, `|${'---|'.repeat(8)}`];
  for (let i = 0; i < rows; i++) {
    const v = [i % 5, i % 3, 0, 1, 0, i % 2];
    const total = i % 17 === 0 ? 99 : v.reduce((a, b) => a + b, 0);
    lines.push(`| ${labels[i % labels.length]} | ${v.join(' | ')} | ${total} |`);
  }
  return lines.join('\n') + CLOSING;
}

/** `count` dates on one line, in every written form (valid, invalid, zero-padded, dotted, Chinese). */
export function datesDocument(count: number): string {
  const forms = [
    (y: number, m: number, d: number) => `${y}年${m}月${d}日`,
    (y: number, m: number, d: number) => `${y}.${m}.${d}`,
    (y: number, m: number, d: number) => `${y}年${String(m).padStart(2, '0')}月${String(d).padStart(2, '0')}日`,
    (y: number, m: number, d: number) => `${y}-${m}-${d}`,
    (_y: number, m: number, d: number) => `${m}月${d}日`,
    (y: number, m: number) => `${y}年${m}月`,
    (y: number, m: number, d: number) => `${[...String(y)].map((c) => '〇一二三四五六七八九'[Number(c)]).join('')}年${hanNumber(m)}月${hanNumber(d)}日`,
  ];
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const y = 2015 + (i % 11);
    const m = 1 + (i % 13 === 12 ? 12 : i % 12);
    const d = 1 + (i % 31);
    parts.push(forms[i % forms.length](y, m, d));
  }
  return `${TITLE}\n\n一、总体情况\n\n本年度于${parts.join('、')}召开会议。${CLOSING}`;
}
