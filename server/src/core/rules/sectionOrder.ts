// section-order: the required level-1 sections are all there but not in the order of the format
// (2019/2021, report-format.md §2.3) or, for legacy reports, in an order no customary skeleton has.
import type { Report, SectionTopic } from '../model';
import { headingSpan, headingText, lineOf, isAnnex } from '../analysis/structure';
import { FORMAT_PARTS, type RequiredPart } from '../format/parts';
import type { Rule, RuleContext } from './types';
import { foldTraditional } from '../text/traditional';

interface Placed {
  topic: SectionTopic;
  index: number;
  section: Report['sections'][number];
}

/** Level-1 sections that cover exactly one of `topics` (a heading naming two parts says nothing about order). */
function placed(report: Report, topics: SectionTopic[]): Placed[] {
  const out: Placed[] = [];
  for (const section of report.sections) {
    let hit: SectionTopic | undefined;
    let hits = 0;
    for (const t of section.topics) {
      if (!topics.includes(t)) continue;
      hit = t;
      hits++;
    }
    // An annex (附表, 统计表) is not a part: where it stands says nothing about the order of the parts.
    if (hits === 1 && !isAnnex(section.heading)) out.push({ topic: hit!, index: topics.indexOf(hit!), section });
  }
  return out;
}

/**
 * The sections that are out of place: those not on a longest run in the right order (earliest kept on
 * ties). A longest non-decreasing run, where each item extends the longest run so far that ends on an
 * item of an index not above its own (the earliest such item on ties): linear, as there are only a few
 * indexes, where comparing every pair would be quadratic in the number of sections.
 */
function outOfOrder(items: Placed[]): Set<Placed> {
  const n = items.length;
  const len = new Array<number>(n).fill(1);
  const prev = new Array<number>(n).fill(-1);
  // Per index: the longest run found so far that ends on an item of that index, and its earliest such item.
  const bestLen: number[] = [];
  const bestAt: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = items[i].index;
    for (let w = 0; w <= v; w++) {
      if (bestLen[w] === undefined) continue;
      if (bestLen[w] + 1 > len[i] || (bestLen[w] + 1 === len[i] && prev[i] >= 0 && bestAt[w] < prev[i])) {
        len[i] = bestLen[w] + 1;
        prev[i] = bestAt[w];
      }
    }
    if (bestLen[v] === undefined || len[i] > bestLen[v]) {
      bestLen[v] = len[i];
      bestAt[v] = i;
    }
  }
  let end = -1;
  for (let i = 0; i < n; i++) if (end < 0 || len[i] > len[end]) end = i;
  const keep = new Set<number>();
  for (let i = end; i >= 0; i = prev[i]) keep.add(i);
  return new Set(items.filter((_, i) => !keep.has(i)));
}

const BEFORE = { zh: '之前', en: 'before' };
const AFTER = { zh: '之后', en: 'after' };

function flag(ctx: RuleContext, item: Placed, other: Placed, shouldBe: 'before' | 'after', part: RequiredPart | undefined, why: { zh: string; en: string }): void {
  const { doc } = ctx;
  const mine = headingText(doc, item.section.heading);
  const theirs = headingText(doc, other.section.heading);
  const line = String(lineOf(doc, other.section.heading.start));
  const where = shouldBe === 'before' ? BEFORE : AFTER;
  const canonical = part ? { zh: `（统一格式中为“${part.heading}”）`, en: ` (in the format: "${part.heading}")` } : { zh: '', en: '' };
  // Spans written out rather than spread: with many sections out of place, this runs once for each.
  const here = headingSpan(item.section.heading);
  const there = headingSpan(other.section.heading);
  ctx.report({
    start: here.start,
    end: here.end,
    message: {
      zh: `“${mine}”${canonical.zh}应放在第 ${line} 行的“${theirs}”${where.zh}。${why.zh}请调整各部分的顺序，并相应修改序号。`,
      en: `"${mine}"${canonical.en} belongs ${where.en} "${theirs}" on line ${line}. ${why.en} Reorder the parts and renumber them.`,
    },
    related: [{ start: there.start, end: there.end, message: { zh: `“${theirs}”在此`, en: `"${theirs}" is here` } }],
  });
}

const FORMAT_ORDER = {
  zh: '统一格式规定六个一级标题依次为总体情况、主动公开、收到和处理申请、行政复议和行政诉讼、存在的主要问题及改进情况、其他需要报告的事项。',
  en: 'The national format orders the six level-1 sections: overview, proactive disclosure, applications, review and litigation, problems and improvements, other matters.',
};

function checkFormat(report: Report, ctx: RuleContext): void {
  const topics = FORMAT_PARTS.map((p) => p.topic);
  const items = placed(report, topics);
  const wrong = outOfOrder(items);
  // Per index v: the first section in place with an index above v, and the last one with an index below
  // v — found once, so that naming the neighbour of each misplaced section costs nothing more.
  const firstAbove: Array<number | undefined> = [];
  const lastBelow: Array<number | undefined> = [];
  items.forEach((o, i) => {
    if (wrong.has(o)) return;
    for (let v = 0; v < o.index; v++) firstAbove[v] ??= i;
    for (let v = o.index + 1; v < topics.length; v++) lastBelow[v] = i;
  });
  items.forEach((item, i) => {
    if (!wrong.has(item)) return;
    // Name the first section it should precede (or the last it should follow, when nothing later in order comes before it).
    const above = firstAbove[item.index];
    const below = lastBelow[item.index];
    const earlierLater = above !== undefined && above < i ? items[above] : undefined;
    const laterEarlier = below !== undefined && below > i ? items[below] : undefined;
    const other = earlierLater ?? laterEarlier;
    if (!other) return;
    flag(ctx, item, other, earlierLater ? 'before' : 'after', FORMAT_PARTS[item.index], FORMAT_ORDER);
  });
}

// Legacy reports (2008–2018) are checked conservatively. Art. 32 of the 2007 Regulations lists the
// contents but prescribes no order, and real reports vary: 复议/诉讼 before 收费 (seed 001, 宿州 2016,
// 某乡 2017 in report-format.md §3.2), 咨询 or 回应解读 in between, overview and work sections first.
// Only two orders appear in no customary skeleton (§3.1–3.2) and read as a mistake:
//  - the part on requests before the part on proactive disclosure (every skeleton has 主动 before 依申请);
//  - the problems/improvements part before a statutory reporting part (every skeleton ends with it,
//    followed at most by 其他事项). Only headings that clearly name problems count here
//    ("存在的主要问题…", "改进措施"), not any heading with 问题 in it.
const STATUTORY: SectionTopic[] = ['proactive', 'onRequest', 'fees', 'review'];
const CLEAR_PROBLEMS = /存在.{0,6}(?:问题|不足)|主要问题|改进措施|改进情况|整改措施/;

function checkLegacy(report: Report, ctx: RuleContext): void {
  const items = placed(report, ['proactive', 'onRequest', 'fees', 'review', 'problems']);
  const firstProactive = items.find((p) => p.topic === 'proactive');
  const firstOnRequest = items.find((p) => p.topic === 'onRequest');
  if (firstProactive && firstOnRequest && firstOnRequest.section.start < firstProactive.section.start) {
    flag(ctx, firstOnRequest, firstProactive, 'after', undefined, {
      zh: '按《条例》第三十二条和通行结构，先报告主动公开情况，再报告依申请公开情况。',
      en: 'Following Art. 32 of the 2007 Regulations and customary practice, proactive disclosure comes first, then disclosure on request.',
    });
  }
  const problems = items.find((p) => p.topic === 'problems' && CLEAR_PROBLEMS.test(foldTraditional(p.section.heading.title.text)));
  if (problems) {
    const lastStatutory = [...items].reverse().find((p) => STATUTORY.includes(p.topic));
    if (lastStatutory && lastStatutory.section.start > problems.section.start) {
      flag(ctx, problems, lastStatutory, 'after', undefined, {
        zh: '存在的主要问题及改进情况是对全年工作的总结，按《条例》第三十二条和通行结构应在各项情况之后。',
        en: 'The problems and improvements part sums up the year; following Art. 32 of the 2007 Regulations and customary practice it comes after the parts that report the facts.',
      });
    }
  }
}

export const sectionOrder: Rule = {
  meta: {
    id: 'section-order',
    category: 'structure',
    defaultSeverity: 'warning',
    fix: 'none',
    title: { zh: '报告各部分顺序不对', en: 'Parts of the report are out of order' },
    doc: {
      what: {
        zh: '检查一级标题的顺序。2019年及以后的报告按统一格式，六个部分依次为总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项；只指出不在最长正确序列上的部分。2008—2018年旧格式的报告顺序各地不一，只检查两种明显的错误：依申请公开部分在主动公开部分之前，存在的主要问题及改进部分在主动公开、依申请公开、收费及减免、行政复议诉讼等部分之前。同时涉及两项内容的标题不参与比较。',
        en: 'Checks the order of the level-1 sections. Reports for 2019 onwards follow the national format: overview, proactive disclosure, applications received and handled, review and litigation, problems and improvements, other matters; only the sections off the longest correctly ordered run are flagged. Legacy reports (2008–2018) vary in order, so only two clear mistakes are flagged: the part on requests before the part on proactive disclosure, and the problems/improvements part before one of the parts on proactive disclosure, requests, fees or review. A heading that covers two parts is not compared.',
      },
      why: {
        zh: '统一格式的目的是让各地各部门的年报可以对照阅读；顺序打乱后，读者和评估者不易找到相应内容。',
        en: 'The format exists so that reports can be read side by side; with the parts shuffled, readers and evaluators cannot find what they look for.',
      },
      example: {
        wrong: '××市××局2023年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n三、政府信息公开行政复议、行政诉讼情况\n四、收到和处理政府信息公开申请情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项',
        right: '××市××局2023年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项',
      },
      basis: {
        zh: '政府信息公开工作年度报告统一格式（国办公开办函〔2019〕60号、〔2021〕30号）的一级标题顺序，与2019年《条例》第五十条所列顺序一致；2007年《条例》第三十二条。',
        en: 'The order of the level-1 headings of the national report format (国办公开办函〔2019〕60号, 〔2021〕30号), which follows Art. 50 of the 2019 Regulations; Art. 32 of the 2007 Regulations.',
      },
    },
  },
  checkReport(report, ctx) {
    if (report.era === 'legacy') checkLegacy(report, ctx);
    else checkFormat(report, ctx);
  },
};
