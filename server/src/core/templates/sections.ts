// The titles and default bodies of a report's parts: what a quick fix inserts for a missing section.
import type { Era, SectionTopic } from '../model';
import { requiredParts } from '../format/parts';
import { PLACEHOLDER } from '../format/placeholders';
import { nationalTableLines, type TableStyle } from './tables';

/** Titles for parts an era does not require (legacy customary parts, §3.2), recognized by topicsOf. */
const OTHER_TITLES: Record<SectionTopic, string> = {
  overview: '概述',
  proactive: '主动公开政府信息情况',
  onRequest: '依申请公开政府信息情况',
  fees: '政府信息公开的收费及减免情况',
  review: '政府信息公开行政复议、行政诉讼情况',
  problems: '存在的主要问题及改进情况',
  other: '其他需要报告的事项',
  consultation: '咨询处理情况',
  interpretation: '回应解读情况',
  staffing: '机构建设和保障经费情况',
};

/** The heading title without its number, e.g. '收到和处理政府信息公开申请情况' (2019/2021) or '依申请公开政府信息和不予公开政府信息的情况' (legacy). */
export function sectionTitle(topic: SectionTopic, era: Era): string {
  const part = requiredParts(era).find((p) => p.topic === topic);
  return part ? part.heading.replace(/^[一二三四五六七八九十]+、/, '') : OTHER_TITLES[topic];
}

/** The five topics the format lists for 一、总体情况 (§2.2, §9.1); suggested subheadings, not mandated ones. */
export const OVERVIEW_SUBHEADINGS = ['（一）主动公开', '（二）依申请公开', '（三）政府信息管理', '（四）政府信息公开平台建设', '（五）监督保障'];

/** What the author still has to write, in brackets so that it stands out as a placeholder. */
export function placeholderSentence(topic: SectionTopic, era: Era): string {
  return `（此处填写${sectionTitle(topic, era)}。）`;
}

/** Figures the report already states, put into a legacy body instead of a placeholder. */
export interface KnownFigures {
  /** The number of 政府信息公开申请 received in the year. */
  applications?: number;
}

/**
 * Sentences of a legacy (2008–2018) report as reviewers expect them. A figure the report does not state is
 * the visible placeholder ×× (flagged by unfilled-field until written), never a 0 that would read as a fact.
 */
function legacyBody(topic: SectionTopic, known: KnownFigures): string[] | undefined {
  const p = PLACEHOLDER;
  switch (topic) {
    case 'proactive':
      return [`本年度共主动公开政府信息${p}条。`];
    case 'onRequest':
      return [`本年度共收到政府信息公开申请${known.applications ?? p}件，其中予以公开${p}件、部分公开${p}件、不予公开${p}件。`];
    case 'fees':
      return [`本年度收取政府信息公开检索、复制、邮寄等费用${p}元，减免${p}元。`];
    case 'review':
      return [`本年度因政府信息公开申请提起行政复议${p}件、行政诉讼${p}件。`];
    default:
      return undefined;
  }
}

const TABLE_OF: Partial<Record<SectionTopic, 'A' | 'B' | 'C'>> = { proactive: 'A', onRequest: 'B', review: 'C' };

/** The body lines that follow a section heading (may start/end with '' blank lines as a report would have), for a required part. */
export function sectionBodyLines(topic: SectionTopic, era: Era, style: TableStyle, known: KnownFigures = {}): string[] {
  if (era === 'legacy') return ['', ...(legacyBody(topic, known) ?? [placeholderSentence(topic, era)]), ''];
  if (topic === 'overview') return ['', ...OVERVIEW_SUBHEADINGS, ''];
  const table = TABLE_OF[topic];
  if (table) return ['', ...nationalTableLines(table, era, style), ''];
  return ['', placeholderSentence(topic, era), ''];
}
