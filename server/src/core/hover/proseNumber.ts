// Hover on a count in running text: what it counts (the words before it in its clause), and when the
// prose states a total with its parts ("共X件，其中A a件、B b件"), the parts with their recomputed sum,
// or for a part, the total it belongs to and its share. The statements are the ones the rules find
// (rules/prose.ts breakdownsOf); their index by number is built once per document.
import type { LocalizedText, NumberMention, ReportDocument, Span } from '../model';
import { memoized } from '../memo';
import { asWritten, breakdownsOf, breakdownVerdict, clauseEnd, clauseStart, isCount, numbersIn, sumOfParts as sumOf, written, type Breakdown, type Part } from '../analysis/breakdowns';
import { itemAt, tableAt } from './locate';
import { fmtNumber, md, type HoverContent } from './render';

interface Roles {
  /** Statements whose total this number is (alone, or with the counts before it: "19件，…4件"). */
  totals: Array<{ b: Breakdown; combined?: NumberMention[] }>;
  parts: Array<{ b: Breakdown; part: Part }>;
}

function sentenceAround(doc: ReportDocument, pos: number): Span | undefined {
  const p = itemAt(doc.paragraphs, pos);
  return p?.sentences.find((s) => pos >= s.start && pos < s.end) ?? p;
}

/**
 * Several counts and none marked as the total ("共收到在线申请19件，纸质申请4件。其中…"): the counts of the
 * sentence, ending with the total, that add up to the sum of the parts (19 + 4 = 23).
 */
function combinedTotal(doc: ReportDocument, b: Breakdown, sum: number): NumberMention[] | undefined {
  const s = sentenceAround(doc, b.total.start);
  if (!s) return undefined;
  const counts = numbersIn(doc, s.start, b.total.end).filter((n) => n.unit === b.total.unit && !n.approximate);
  let acc = 0;
  for (let i = counts.length - 1; i >= 0; i--) {
    acc += counts[i].value;
    if (i < counts.length - 1 && Math.abs(acc - sum) < 1e-9) return counts.slice(i);
  }
  return undefined;
}

/** The statements each number of a document has a role in (indexed once per parsed document). */
const rolesOf = memoized((doc: ReportDocument): Map<NumberMention, Roles> => {
  const index = new Map<NumberMention, Roles>();
  const at = (n: NumberMention): Roles => {
    let r = index.get(n);
    if (!r) index.set(n, (r = { totals: [], parts: [] }));
    return r;
  };
  for (const report of doc.reports) {
    for (const b of breakdownsOf(doc, report)) {
      const combined = b.alternatives && !b.unusable ? combinedTotal(doc, b, sumOf(b)) : undefined;
      for (const n of combined ?? [b.total]) at(n).totals.push({ b, combined });
      for (const part of b.parts) at(part.n).parts.push({ b, part });
    }
  }
  return index;
});

// ---------------- what a number counts ----------------

const LEAD_NOISE = /^(?:其中|另有|另外|此外|同时|分别|以及|及|和|含|包括|共计|共(?![享同建性识])|累计|合计|总计|一共)+/;
const TRAIL_NOISE = /(?:共计|合计|累计|总计|一共|共|计|为|达到?|约|近|有|各)+$/;
const HAN = /\p{Script=Han}/gu;

function hanCount(s: string): number {
  return (s.match(HAN) ?? []).length;
}

/** The words of [from, to) after the last count in it ("政策文件类96条、工作动态类" → "工作动态类"). */
function afterLastCount(doc: ReportDocument, from: number, to: number): string {
  const before = numbersIn(doc, from, to);
  const start = before.length ? before[before.length - 1].end : from;
  const words = doc.matchText.slice(start, to).replace(/^[\s、，,；;和及与]+/, '').trim().replace(LEAD_NOISE, '').replace(TRAIL_NOISE, '').trim();
  return asWritten(doc, words, start);
}

/** The words naming what a number counts: the clause before it, else the words after it ("4件属于…"). */
export function subjectOf(doc: ReportDocument, n: NumberMention): string | undefined {
  const text = doc.matchText;
  const s = sentenceAround(doc, n.start) ?? { start: Math.max(0, n.start - 60), end: Math.min(text.length, n.end + 60) };
  const floor = Math.max(s.start, n.start - 60);
  const from = clauseStart(text, n.start, floor);
  let lead = afterLastCount(doc, from, n.start);
  // "政策法规类信息：共公开69条": the label before the colon names what is counted.
  if (hanCount(lead) <= 2 && from > floor && /[：:]/.test(text[from - 1])) {
    const longer = afterLastCount(doc, clauseStart(text, from - 1, floor), n.start);
    if (hanCount(longer) > hanCount(lead)) lead = longer;
  }
  lead = displayLabel(lead);
  if (!hanCount(lead)) lead = '';
  if (lead) return lead.length > 30 ? `…${lead.slice(-30)}` : lead;
  const after = displayLabel(asWritten(doc, text.slice(n.end, clauseEnd(text, n.end, Math.min(s.end, n.end + 60))).trim(), n.end));
  if (!hanCount(after)) return undefined;
  return after.length > 30 ? `${after.slice(0, 30)}…` : after;
}

// ---------------- judging a statement ----------------

const UNUSABLE: Record<string, LocalizedText> = {
  approximate: { zh: '含概数（余、多、约等），不核算', en: 'holds an approximate number (余, 多, 约), not checked' },
  'approximate total': { zh: '合计是概数（余、多、约等），不核算', en: 'the total is approximate (余, 多, 约), not checked' },
  comparison: { zh: '分项中有与上年的比较，不核算', en: 'the parts include a comparison with last year, not checked' },
  distribution: { zh: '“各”分摊的项数不明，不核算', en: 'unclear how many items a 各 covers, not checked' },
};

/**
 * A label as the hover shows it: without the word that joins it to the part before ("以及机构概况",
 * "和财政信息") and without a colon at its end, which the hover's own "：" would double.
 */
export function displayLabel(label: string): string {
  const cleaned = label.replace(/^(?:以及|还有|另有|和|及|与|并)(?=[\u4e00-\u9fff“"])/, '').replace(/[ \u3000]*[：:]+[ \u3000]*$/, '');
  return cleaned || label;
}

function partTerm(p: Part): string {
  const shown = displayLabel(p.label);
  const label = shown.length > 12 ? `…${shown.slice(-12)}` : shown;
  const value = fmtNumber(p.n.value);
  return `${md(label)} ${p.times > 1 ? `${value} × ${p.times}` : value}`.trim();
}

/**
 * "✗（比合计少 499）" exactly when total-mismatch flags the breakdown (its own verdict decides), else "✓"
 * or why it is not judged.
 */
function judge(b: Breakdown, combined: NumberMention[] | undefined): LocalizedText {
  const sum = sumOf(b);
  const total = b.total.value;
  const d = fmtNumber(Math.abs(total - sum));
  const kind = breakdownVerdict(b);
  if (kind === 'more') return { zh: `✗（比合计多 ${d}）`, en: `✗ (${d} more than the total)` };
  if (kind === 'less') return { zh: `✗（比合计少 ${d}）`, en: `✗ (${d} less than the total)` };
  if (b.unusable) return UNUSABLE[b.unusable] ?? { zh: '不核算', en: 'not checked' };
  if (Math.abs(sum - total) < 1e-9) return { zh: '✓', en: '✓' };
  if (b.alternatives) {
    if (combined) {
      const expr = combined.map((n) => fmtNumber(n.value)).join(' + ');
      return { zh: `✓（合计按 ${expr} = ${fmtNumber(sum)} 计）`, en: `✓ (taking the total as ${expr} = ${fmtNumber(sum)})` };
    }
    if (b.alternatives.some((a) => Math.abs(a - sum) < 1e-9)) return { zh: '✓（合计取前文另一数字）', en: '✓ (the total is another count before it)' };
    return { zh: '前面有几个数字，分不清哪个是合计，不作判断', en: 'several counts come first and none is clearly the total: not judged' };
  }
  if (sum < total) return { zh: `比合计少 ${d}，所列分项未必完整，不作判断`, en: `${d} less than the total; the list need not be complete, not judged` };
  return { zh: '不核算', en: 'not checked' };
}

function totalLines(doc: ReportDocument, b: Breakdown, combined: NumberMention[] | undefined): LocalizedText[] {
  const unit = b.total.unit ?? '';
  const sum = fmtNumber(sumOf(b));
  const where = b.listLines
    ? { zh: '“其中：”后逐行列出', en: 'listed line by line after 其中：' }
    : b.kind === 'han' ? { zh: '括号内所含', en: 'in the parentheses' }
    : b.kind === 'qizhong' ? { zh: '“其中”之后', en: 'after 其中' }
    : { zh: `“${md(written(doc, b.marker))}”之后`, en: `after “${md(written(doc, b.marker))}”` };
  const shown = b.parts.slice(0, 8).map(partTerm);
  const expr = `${shown.join(' + ')}${b.parts.length > 8 ? ' + …' : ''} = ${sum}${unit}`;
  if (b.parts.length === 1 && sumOf(b) <= b.total.value) {
    return [{ zh: `合计，${where.zh}只列出一项：${shown[0]}${unit}`, en: `A total; one item ${where.en}: ${shown[0]}${unit}` }];
  }
  const v = judge(b, combined);
  return [
    { zh: `合计，${where.zh}的 ${b.parts.length} 项分项：${expr} ${v.zh}`, en: `A total; ${b.parts.length} parts ${where.en}: ${expr} ${v.en}` },
  ];
}

function partLines(doc: ReportDocument, b: Breakdown, part: Part, combined: NumberMention[] | undefined): LocalizedText[] {
  const totalText = md(written(doc, b.total));
  const base = combined ? combined.reduce((a, n) => a + n.value, 0) : b.alternatives ? undefined : b.total.value;
  const subject = subjectOf(doc, b.total);
  const of = subject ? `“${md(subject)}”${totalText}` : totalText;
  const lines: LocalizedText[] = [];
  if (base !== undefined && base > 0 && !b.unusable) {
    const share = ((part.n.value * part.times) / base) * 100;
    const baseText = combined ? `${fmtNumber(base)}${b.total.unit ?? ''}` : of;
    lines.push({ zh: `分项，属于合计 ${baseText}，占 ${share.toFixed(1)}%`, en: `A part of the total ${baseText}: ${share.toFixed(1)} %` });
  } else {
    lines.push({ zh: `分项，属于合计 ${of}`, en: `A part of the total ${of}` });
  }
  if (b.parts.length === 1 && sumOf(b) <= b.total.value) return lines;
  const v = judge(b, combined);
  const sum = `${fmtNumber(sumOf(b))}${b.total.unit ?? ''}`;
  lines.push({ zh: `同组 ${b.parts.length} 项分项之和 ${sum} ${v.zh}`, en: `The ${b.parts.length} parts add up to ${sum} ${v.en}` });
  return lines;
}

export function numberHover(doc: ReportDocument, offset: number): HoverContent | undefined {
  const n = itemAt(doc.numbers, offset);
  if (!n || !isCount(n) || tableAt(doc, offset)) return undefined;
  const roles = rolesOf(doc).get(n);
  const subject = subjectOf(doc, n);
  if (!subject && !roles) return undefined;
  const lines: LocalizedText[] = [];
  for (const { b, combined } of roles?.totals ?? []) lines.push(...totalLines(doc, b, combined));
  for (const { b, part } of roles?.parts ?? []) {
    const combined = rolesOf(doc).get(b.total)?.totals.find((t) => t.b === b)?.combined;
    lines.push(...partLines(doc, b, part, combined));
  }
  const w = md(written(doc, n));
  const title = subject
    ? { zh: `${w}：${md(subject)}`, en: `${w}: counts “${md(subject)}”` }
    : { zh: w, en: w };
  if (n.approximate) lines.push({ zh: `概数（${md(n.approximate.text)}），不参与核算`, en: `approximate (${md(n.approximate.text)}), not used in sums` });
  return { span: n, title, lines };
}
