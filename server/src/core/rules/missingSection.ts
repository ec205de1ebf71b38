// missing-section: a part the 条例 (2007 Art. 32 for legacy reports) or the national format (2019/2021,
// report-format.md §2.3) requires has no heading of its own anywhere in the report.
import type { LocalizedText, NationalTableId, Report, ReportDocument, SectionTopic, Span, Table } from '../model';
import { TABLE_NAMES } from '../format/names';
import { flattenHeadings, lineOf, overviewSections, presentParts, reportAnchor } from '../analysis/structure';
import { requiredParts, type RequiredPart } from '../format/parts';
import { trimEndOf } from '../text/chars';
import type { Rule, RuleContext } from './types';
import type { Fix } from '../findings';
import { insertSectionFixes } from '../edits/insertSections';
import { firstStartingAt } from '../text/search';

const COUNT = String.raw`(?:\d+|[一二两三四五六七八九十百千]+)\s*(?:件|条|宗|次|个)`;

/**
 * How a part is mentioned inside running text when it has no heading. The patterns are narrow on
 * purpose: "收费标准" of a 不动产登记 hall or "行政复议体制改革" at a 法制办 do not speak about the
 * disclosure fees or disclosure-related review, and pointing at them would mislead.
 * `strong` picks the sentence that actually reports on the year ("收到1件…申请") over passing ones.
 */
const MENTIONS: Partial<Record<SectionTopic, { mention: RegExp; strong?: RegExp; needs: string[] }>> = {
  proactive: { mention: /主动公开/, strong: new RegExp(COUNT), needs: ['主动公开'] },
  onRequest: {
    // Not "因政府信息公开申请行政复议": that names review.
    mention: /依申请|申请公开|公开申请(?!行政复议|复议|提起|行政诉讼|诉讼)/,
    strong: new RegExp(`${COUNT}|(?:未|没有|无)(?:收到|接到|接收到?|受理)`),
    needs: ['申请'],
  },
  fees: {
    mention: /收费(?:及|和|与|、)?减免|减免[^。；;]{0,6}(?:费|情况)|信息处理费|检索费|复制费|工本费|(?:未|没有|无|不|免)[^。；;，,]{0,6}收取?[^。；;]{0,12}费|(?:未|没有|不)收费/,
    needs: ['费', '减免'],
  },
  review: {
    mention: /(?:信息公开|公开申请)[^。；;]{0,20}(?:行政复议|复议|行政诉讼|诉讼)|(?:未|没有|无)[^。；;]{0,12}(?:行政复议|复议|行政诉讼|诉讼)/,
    needs: ['复议', '诉讼'],
  },
  // The year ahead's plans ("2011年，我们将……进一步提高") answer the improvements half of the part.
  problems: {
    mention: /存在[^。；;]{0,8}(?:问题|不足)|不足之处|主要问题|改进措施|整改措施|下一步|下步|今后|明年|(?:^|[。；;\s])\d{4}年[，,]?[^。；;，,]{0,6}将[^。；;]{0,30}进一步/,
    needs: ['问题', '不足', '措施', '下一步', '下步', '今后', '明年', '进一步'],
  },
  other: { mention: /其[他它]需要(?:报告|说明)的?事项/, needs: ['需要'] },
};

/**
 * Where the words a topic's mention cannot match without (its `needs`) occur in `text` from `start` to `end`,
 * as start and end offsets in order: only the sentences holding one are matched against the pattern.
 */
function neededWordsIn(text: string, needs: string[], start: number, end: number): number[] {
  // Searched in the region alone: a word absent from it would otherwise be looked for to the document's end.
  const region = text.slice(start, end);
  // Each occurrence as one number, its offset times 16 plus its length (the words are shorter than 16): sorted
  // as numbers, in order of start, then of end.
  const found: number[] = [];
  for (const word of needs) {
    for (let at = region.indexOf(word); at >= 0; at = region.indexOf(word, at + 1)) found.push((start + at) * 16 + word.length);
  }
  const sorted = needs.length > 1 ? Float64Array.from(found).sort() : found;
  const out: number[] = [];
  for (const x of sorted) {
    const at = Math.floor(x / 16);
    out.push(at, at + (x % 16));
  }
  return out;
}

/**
 * A statement that gives what the law asks of a part, not just a passing mention: the 2007 条例 asks for
 * the content, not for a heading. Such a statement in a legacy report lowers the finding to information.
 * 依申请公开 needs how many were received and how they were answered (or that none were received);
 * "收到1件申请" alone stays a warning.
 */
const COMPLETE: Partial<Record<SectionTopic, (sentence: string) => boolean>> = {
  proactive: (s) => new RegExp(COUNT).test(s),
  onRequest: (s) =>
    /(?:未|没有|无)(?:收到|接到|接收到?|受理)/.test(s) ||
    (new RegExp(COUNT).test(s) && /答复|办结|办理完毕|予以公开|同意公开|不予公开|部分公开|已按时|均已|全部/.test(s)),
  fees: (s) => /(?:未|没有|无|不|免)[^。；;，,]{0,6}收取?[^。；;]{0,12}费|(?:未|没有|不)收费|\d+(?:\.\d+)?\s*万?元/.test(s),
  review: (s) =>
    /(?:未|没有|无)[^。；;]{0,24}(?:行政复议|复议|行政诉讼|诉讼)/.test(s) ||
    /(?:行政复议|复议|行政诉讼|诉讼)[^。；;]{0,12}(?:\d+|[零一二两三四五六七八九十]+)\s*(?:件|起|宗|次)/.test(s),
};

/** How much text a report without headings needs before an absent part is reported (characters, no blanks). */
const HEADINGLESS_MIN_TEXT = 200;

/** The parts both the 2007 and the 2019 条例 require: what is checked when the era is only a guess. */
const COMMON: SectionTopic[] = ['proactive', 'onRequest', 'review', 'problems'];

interface Mention {
  span: Span;
  text: string;
  /** The sentence states what the law asks of the part (COMPLETE). */
  complete: boolean;
}

/**
 * The best sentence after the first heading that mentions the topic, if any. In the 2019/2021 formats a
 * sentence of 一、总体情况 does not count: the overview sums up the parts, it does not stand for one.
 */
function findMention(doc: ReportDocument, report: Report, from: number, topic: SectionTopic): Mention | undefined {
  const m = MENTIONS[topic];
  if (!m) return undefined;
  const overviews = overviewSections(report);
  let best: { span: Span; score: number; complete: boolean } | undefined;
  // Paragraphs and overviews are in document order and overview sections do not overlap: one pointer.
  let k = -1;
  // Paragraphs do not overlap: the one that holds `from` is the last to start before it, and none after the
  // report's end counts (a file of many reports is not read once per report and part).
  const paragraphs = doc.paragraphs;
  const first = Math.max(0, firstStartingAt(paragraphs, from) - 1);
  if (first >= paragraphs.length) return undefined;
  const words = neededWordsIn(doc.matchText, m.needs, Math.min(from, paragraphs[first].start), report.end);
  let w = 0;
  for (let i = first; i < paragraphs.length && paragraphs[i].start < report.end && w < words.length; i++) {
    const p = paragraphs[i];
    if (p.end <= from) continue;
    while (k + 1 < overviews.length && overviews[k + 1].start < p.start) k++;
    if (k >= 0 && p.start < overviews[k].sectionEnd) continue;
    for (const s of p.sentences) {
      if (s.start < from || s.start >= report.end) continue;
      // A sentence holding none of the needed words cannot match: skip it without a copy of its text.
      while (w < words.length && words[w] < s.start) w += 2;
      let holds = false;
      for (let j = w; j < words.length && words[j] < s.end; j += 2) if (words[j + 1] <= s.end) holds = true;
      if (!holds) continue;
      const text = doc.matchText.slice(s.start, s.end);
      if (!m.mention.test(text)) continue;
      const complete = !!COMPLETE[topic]?.(text);
      const score = complete ? 3 : m.strong?.test(text) ? 2 : 1;
      if (!best || score > best.score) best = { span: s, score, complete };
    }
  }
  if (!best) return undefined;
  const raw = doc.text.slice(best.span.start, best.span.end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return { span: { start: best.span.start + lead, end: best.span.start + lead + text.length }, text, complete: best.complete };
}

/** The national table that holds a part's figures: its presence states the part's content. */
const TABLE_OF: Partial<Record<SectionTopic, NationalTableId>> = { proactive: 'A', onRequest: 'B', review: 'C' };

function partTable(doc: ReportDocument, report: Report, topic: SectionTopic): Table | undefined {
  const id = TABLE_OF[topic];
  return id ? doc.tables.find((t) => t.start >= report.start && t.start < report.end && t.national?.id === id) : undefined;
}

function excerpt(text: string): string {
  const flat = trimEndOf(text.replace(/\s+/g, ''), /[。！？!?；;，,]/);
  return flat.length > 50 ? `${flat.slice(0, 49)}…` : flat;
}

/** The message of a part absent from the text, which depends on the part alone: made once per part. */
const absentMessages = new Map<RequiredPart, LocalizedText>();
function absentMessageOf(part: RequiredPart): LocalizedText {
  let message = absentMessages.get(part);
  if (!message) {
    const { name, heading, basis } = part;
    message = {
      zh: `本报告缺少“${name.zh}”部分，正文中也没有找到对这项内容的说明。${basis.zh}要求年度报告包括这项内容。请增加一个部分，标题如“${heading}”；本年度没有相关情况的，也应在该部分写明。`,
      en: `The report has no part on ${name.en}, and no statement about it was found in the text. ${basis.en} requires an annual report to cover it. Add a part, headed for example "${heading}"; if there was nothing to report this year, say so there.`,
    };
    absentMessages.set(part, message);
  }
  return message;
}

function reportPart(ctx: RuleContext, anchor: Span, part: RequiredPart, mention: Mention | undefined, fixes: Fix[] | undefined, legacy: boolean, table?: Table): void {
  const { doc } = ctx;
  const { name, heading, basis } = part;
  if (table?.national && !(mention?.complete && legacy)) {
    // The figures are there, in the part's national table: what is missing is the heading the format asks for.
    const tableName = TABLE_NAMES[table.national.id].short;
    const line = lineOf(doc, table.start);
    ctx.report({
      ...anchor,
      severity: 'warning',
      message: {
        zh: `本报告没有“${name.zh}”部分的标题，这项内容只见于第 ${line} 行起的${tableName.zh}。${basis.zh}要求报告这项内容，统一格式要求它单列一个部分：请在${tableName.zh}前加上标题，如“${heading}”。`,
        en: `The report has no heading for ${name.en}; its content is only in ${tableName.en} from line ${line}. ${basis.en} asks for this content, and the national format gives it a part of its own: add a heading before ${tableName.en}, for example "${heading}".`,
      },
      related: [{ start: table.start, end: table.start + 1, message: { zh: `${tableName.zh}`, en: tableName.en } }],
      fixes,
    });
    return;
  }
  if (!mention) {
    ctx.report({ start: anchor.start, end: anchor.end, severity: 'error', message: absentMessageOf(part), fixes });
    return;
  }
  const line = lineOf(doc, mention.span.start);
  const quote = excerpt(mention.text);
  if (mention.complete && legacy) {
    // The 2007 条例 asks for the content, and it is there: a suggestion, not a fault.
    ctx.report({
      ...anchor,
      severity: 'information',
      message: {
        zh: `“${name.zh}”没有单列一个部分，但第 ${line} 行已经说明：“${quote}”。${basis.zh}要求报告这项内容，这里已经报告了；为便于查阅，建议单列一个部分，标题如“${heading}”。`,
        en: `${name.en} has no part of its own, but line ${line} states it: "${quote}". ${basis.en} asks for this content, and it is there; for readers, consider giving it a part of its own, headed for example "${heading}".`,
      },
      related: [{ ...mention.span, message: { zh: `这里说明了“${name.zh}”`, en: `${name.en} is stated here` } }],
      fixes,
    });
    return;
  }
  ctx.report({
    ...anchor,
    severity: 'warning',
    message: {
      zh: `本报告没有“${name.zh}”部分，只在第 ${line} 行的段落中顺带提到：“${quote}”。${basis.zh}要求单独报告这项内容，请为它单列一个部分，标题如“${heading}”。`,
      en: `The report has no part on ${name.en}; it is only mentioned in passing in a paragraph on line ${line}: "${quote}". ${basis.en} requires it to be reported on its own: give it a part of its own, headed for example "${heading}".`,
    },
    related: [
      {
        ...mention.span,
        message: {
          zh: `这里提到了“${name.zh}”，但它应当有自己的一个部分`,
          en: `${name.en} is mentioned here, but it should have a part of its own`,
        },
      },
    ],
    fixes,
  });
}

export const missingSection: Rule = {
  meta: {
    id: 'missing-section',
    category: 'structure',
    defaultSeverity: 'error',
    fix: 'unsafe',
    title: { zh: '缺少法定的报告部分', en: 'A required part of the report is missing' },
    doc: {
      what: {
        zh: '检查年度报告是否包括法定的各个部分。2008—2018年的报告（2008—2018年旧格式）按2007年《条例》第三十二条，应有主动公开、依申请公开（和不予公开）、收费及减免、行政复议和行政诉讼、存在的主要问题及改进情况五部分（“其他需要报告的事项”可选）；2019年及以后的报告按统一格式，应有总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分。任何一级的标题（包括段落开头的小标题、行内标题和没有序号的单独短行）涉及某项内容，即视为有这一部分；但2019年及以后格式中“一、总体情况”下的小标题和段落（如“（二）依申请公开”）只是概述，不算。2008—2018年旧格式的报告，某项内容没有标题、但已在正文中完整说明的（如“本年度未收取任何费用”“未发生因政府信息公开申请行政复议、行政诉讼的情况”“收到申请2件，均已答复”），只作提示、建议单列一个部分，因为2007年《条例》要求报告的是这些内容，并未要求单列标题；说明不完整的（如只说收到1件申请，没说如何答复）给出警告并指出所在句子；完全没有时给出错误。某部分没有标题、但报告中有它的统计表（表二、表三或表四）的，给出警告并说明内容在表中、缺的是统一格式要求的标题。报告年份不明时，只检查新旧《条例》都要求的四项。',
        en: 'Checks that the annual report has every part the law requires. Reports in the legacy format (2008–2018) follow Art. 32 of the 2007 Regulations: proactive disclosure, disclosure on request (and refusals), fees and waivers, administrative review and litigation, main problems and improvements (其他需要报告的事项 is optional). Reports for 2019 onwards follow the national format: overview, proactive disclosure, applications received and handled, review and litigation, problems and improvements, other matters. A heading at any level (including run-in and inline headings, and short unnumbered lines on their own) that covers a part counts, except the sub-headings and paragraphs of 一、总体情况 in the 2019/2021 formats (such as （二）依申请公开), which only summarize. In legacy reports, a part without a heading whose content is stated in full in the text ("本年度未收取任何费用", "no review or litigation arose from applications", "2 applications received, all answered") gets only an information note suggesting a part of its own, since the 2007 Regulations ask for the content, not for a heading; an incomplete statement (the number of applications received but not how they were answered) gives a warning that points at the sentence; a part that is absent gives an error. A part without a heading whose national table (表二, 表三 or 表四) is in the report gets a warning saying so: its content is there, the heading the national format asks for is not. When the report year is unknown, only the four parts both versions of the Regulations require are checked.',
      },
      why: {
        zh: '年度报告的内容由《条例》规定。缺少一部分，尤其是依申请公开部分，是年报审核和第三方评估最常指出的问题；只在其他段落里一笔带过，读者也无法找到。',
        en: 'The contents of the annual report are fixed by the Regulations. A missing part, above all the part on requests, is what reviews and third-party evaluations point out first; a remark buried in another paragraph cannot be found by readers.',
      },
      example: {
        wrong: '××市××局2015年政府信息公开工作年度报告\n一、主动公开政府信息的情况\n二、政府信息公开工作存在的主要问题及改进情况',
        right: '××市××局2015年政府信息公开工作年度报告\n一、主动公开政府信息的情况\n二、依申请公开政府信息和不予公开政府信息的情况\n三、政府信息公开的收费及减免情况\n四、因政府信息公开申请行政复议、提起行政诉讼的情况\n五、政府信息公开工作存在的主要问题及改进情况',
        note: { zh: '全文没有依申请公开、收费及减免、行政复议和行政诉讼的内容。', en: 'Nothing in the report is about requests, fees, or review and litigation.' },
      },
      basis: {
        zh: '2007年《中华人民共和国政府信息公开条例》第三十二条；2019年修订的《条例》第五十条；政府信息公开工作年度报告统一格式（国办公开办函〔2019〕60号、〔2021〕30号）的六个一级标题。人民政府与部门的报告须有的部分相同。',
        en: 'Art. 32 of the 2007 Regulations on Open Government Information; Art. 50 of the 2019 revision; the six level-1 headings of the national report format (国办公开办函〔2019〕60号, 〔2021〕30号). Government and department reports need the same parts.',
      },
    },
  },
  checkReport(report, ctx) {
    const { doc } = ctx;
    const headings = flattenHeadings(report);
    // Without a single heading the structure is not understood, and "all missing" helps no one. Only a part
    // that nothing in a text of some length speaks about is certain to be absent ("申请" never occurs).
    if (!headings.length) {
      const bodyStart = report.title?.end ?? report.start;
      if (doc.text.slice(bodyStart, report.end).replace(/\s/g, '').length < HEADINGLESS_MIN_TEXT) return;
      let parts = requiredParts(report.era);
      if (report.eraSource === 'default') parts = parts.filter((p) => COMMON.includes(p.topic));
      const anchor = reportAnchor(doc, report);
      for (const part of parts) {
        if (findMention(doc, report, bodyStart, part.topic)) continue;
        reportPart(ctx, anchor, part, undefined, undefined, report.era === 'legacy', partTable(doc, report, part.topic));
      }
      return;
    }
    const present = presentParts(doc, report);
    let parts = requiredParts(report.era);
    if (report.eraSource === 'default') parts = parts.filter((p) => COMMON.includes(p.topic));
    const anchor = reportAnchor(doc, report);
    const from = headings[0].start;
    const missing = parts.filter((p) => !present.has(p.topic));
    const fixes = insertSectionFixes(doc, report, parts, missing);
    for (const part of missing) {
      const mention = findMention(doc, report, from, part.topic);
      reportPart(ctx, anchor, part, mention, fixes.get(part.topic), report.era === 'legacy', partTable(doc, report, part.topic));
    }
  },
};
