// Hover on a percentage in running text: what it is the share of ("258件，占33.9%": 258 of the total the
// percent-mismatch rule takes), and the share recomputed at the printed precision with ✓/✗. The part,
// the total and the verdict are the rule's own (rules/percentMismatch.ts percentChecks), so the hover
// and the diagnostic never disagree.
import type { LocalizedText, NumberMention, ReportDocument } from '../model';
import { fmtPct, percentChecks, type PercentCheck } from '../analysis/percentages';
import { written } from '../analysis/breakdowns';
import { itemAt, reportAt, tableAt } from './locate';
import { subjectOf } from './proseNumber';
import { md, type HoverContent } from './render';

function quoted(doc: ReportDocument, n: NumberMention): string {
  const subject = subjectOf(doc, n);
  return `${subject ? `“${md(subject)}”` : ''}${md(written(doc, n))}`;
}

function totalLine(doc: ReportDocument, check: PercentCheck): LocalizedText {
  const total = check.total!;
  // A count of the text is named by its own words; a Table B total by its row.
  const n = itemAt(doc.numbers, total.span.start);
  if (n && n.start === total.span.start && n.end === total.span.end) {
    const t = quoted(doc, n);
    return { zh: `合计：${t}`, en: `Total: ${t}` };
  }
  return { zh: `合计：${md(total.zh)}`, en: `Total: ${md(total.en)}` };
}

function shareLine(doc: ReportDocument, check: PercentCheck): LocalizedText {
  const { part, pct, decimals, total, exact } = check;
  if (!total || exact === undefined) {
    return total
      ? { zh: '合计为 0，不核算', en: 'The total is 0: not checked' }
      : { zh: '未能确定合计（同段至少两个百分比须与同一合计吻合），不核算', en: 'No total could be established (at least two percentages of the paragraph must fit the same one): not checked' };
  }
  const expr = `${part.value} ÷ ${total.value} = ${fmtPct(exact, decimals + 2)}%`;
  const right = `${fmtPct(exact, decimals)}%`;
  const printed = md(written(doc, pct));
  const head = { zh: `${expr}，按所印精度为 ${right}`, en: `${expr}, ${right} at the printed precision` };
  switch (check.status) {
    case 'fits':
      return { zh: `${head.zh} ✓`, en: `${head.en} ✓` };
    case 'truncated':
      return { zh: `${head.zh} ✗（${printed}是截尾所得，应四舍五入）`, en: `${head.en} ✗ (${printed} was truncated, not rounded)` };
    case 'other-base': {
      const other = check.otherBase!;
      const alt = `${part.value} ÷ ${other.value}`;
      return {
        zh: `${head.zh}，与所印 ${printed} 不符；但按段中另一数字 ${other.value} 计算（${alt}）吻合，不作判断`,
        en: `${head.en}, not the printed ${printed}; but it fits another count of the paragraph (${alt}): not judged`,
      };
    }
    default: {
      const off = fmtPct(Math.abs(exact - pct.value), decimals + 1);
      const high = pct.value > exact;
      return {
        zh: `${head.zh} ✗（所印 ${printed} 比它${high ? '高' : '低'} ${off} 个百分点）`,
        en: `${head.en} ✗ (the printed ${printed} is ${off} points too ${high ? 'high' : 'low'})`,
      };
    }
  }
}

export function percentHover(doc: ReportDocument, offset: number): HoverContent | undefined {
  const n = itemAt(doc.numbers, offset);
  if (!n || n.unit !== '%' || tableAt(doc, offset)) return undefined;
  const report = reportAt(doc, n.start);
  const check = report && percentChecks(doc, report).find((c) => c.pct === n);
  const w = md(written(doc, n));
  if (!check && n.approximate) {
    return { span: n, title: { zh: w, en: w }, lines: [{ zh: `概数（${md(n.approximate.text)}），不核算`, en: `approximate (${md(n.approximate.text)}), not checked` }] };
  }
  if (!check) {
    // Not "count，占p%": a change (较去年回落12.3%) or a rate (公开率达90.2%) whose base the text does not give.
    // A short note rather than nothing, so a reader sees it was skipped on purpose and not missed.
    return {
      span: n,
      title: { zh: w, en: w },
      lines: [{ zh: '不是紧跟在数字后的“占…%”，可能是增减幅度或比率，不核算', en: 'Not a share written after a count (“N件，占p%”): likely a change or a rate, not checked' }],
    };
  }
  const part = quoted(doc, check.part);
  const lines = check.total ? [totalLine(doc, check), shareLine(doc, check)] : [shareLine(doc, check)];
  return { span: n, title: { zh: `${w}：${part}所占比例`, en: `${w}: the share of ${part}` }, lines };
}
