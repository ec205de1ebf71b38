// The parts a report must have, per era: 2007 条例 Art. 32 for the legacy reports, the six sections of the
// national format (2019/2021) after that (report-format.md §2.3, §3).
import type { Era, LocalizedText, SectionTopic } from '../model';

export interface RequiredPart {
  topic: SectionTopic;
  /** Short name for messages ("收费及减免"). */
  name: LocalizedText;
  /** The heading the part customarily or officially has. */
  heading: string;
  /** Where the requirement comes from. */
  basis: LocalizedText;
}

/** 2007 条例 Art. 32 (一)–(五); (六) 其他需要报告的事项 is optional in practice and not required here. */
export const LEGACY_PARTS: RequiredPart[] = [
  {
    topic: 'proactive',
    name: { zh: '主动公开', en: 'proactive disclosure' },
    heading: '主动公开政府信息的情况',
    basis: { zh: '2007年《条例》第三十二条第（一）项', en: 'Art. 32(1) of the 2007 Regulations' },
  },
  {
    topic: 'onRequest',
    name: { zh: '依申请公开', en: 'disclosure on request' },
    heading: '依申请公开政府信息和不予公开政府信息的情况',
    basis: { zh: '2007年《条例》第三十二条第（二）项', en: 'Art. 32(2) of the 2007 Regulations' },
  },
  {
    topic: 'fees',
    name: { zh: '收费及减免', en: 'fees and fee waivers' },
    heading: '政府信息公开的收费及减免情况',
    basis: { zh: '2007年《条例》第三十二条第（三）项', en: 'Art. 32(3) of the 2007 Regulations' },
  },
  {
    topic: 'review',
    name: { zh: '行政复议、行政诉讼', en: 'administrative review and litigation' },
    heading: '因政府信息公开申请行政复议、提起行政诉讼的情况',
    basis: { zh: '2007年《条例》第三十二条第（四）项', en: 'Art. 32(4) of the 2007 Regulations' },
  },
  {
    topic: 'problems',
    name: { zh: '存在的主要问题及改进情况', en: 'main problems and improvements' },
    heading: '政府信息公开工作存在的主要问题及改进情况',
    basis: { zh: '2007年《条例》第三十二条第（五）项', en: 'Art. 32(5) of the 2007 Regulations' },
  },
];

/** The six level-1 sections of the 2019 and 2021 formats, in their official order (report-format.md §2.3). */
export const FORMAT_PARTS: RequiredPart[] = [
  {
    topic: 'overview',
    name: { zh: '总体情况', en: 'overview' },
    heading: '一、总体情况',
    basis: { zh: '政府信息公开工作年度报告统一格式（国办公开办函〔2019〕60号、〔2021〕30号）第一部分', en: 'section 一 of the national report format (国办公开办函〔2019〕60号, 〔2021〕30号)' },
  },
  {
    topic: 'proactive',
    name: { zh: '主动公开政府信息情况', en: 'proactive disclosure' },
    heading: '二、主动公开政府信息情况',
    basis: { zh: '《条例》第五十条第一款第（一）项', en: 'Art. 50(1)(1) of the Regulations' },
  },
  {
    topic: 'onRequest',
    name: { zh: '收到和处理政府信息公开申请情况', en: 'applications received and handled' },
    heading: '三、收到和处理政府信息公开申请情况',
    basis: { zh: '《条例》第五十条第一款第（二）项', en: 'Art. 50(1)(2) of the Regulations' },
  },
  {
    topic: 'review',
    name: { zh: '政府信息公开行政复议、行政诉讼情况', en: 'administrative review and litigation' },
    heading: '四、政府信息公开行政复议、行政诉讼情况',
    basis: { zh: '《条例》第五十条第一款第（三）项', en: 'Art. 50(1)(3) of the Regulations' },
  },
  {
    topic: 'problems',
    name: { zh: '存在的主要问题及改进情况', en: 'main problems and improvements' },
    heading: '五、存在的主要问题及改进情况',
    basis: { zh: '《条例》第五十条第一款第（四）项', en: 'Art. 50(1)(4) of the Regulations' },
  },
  {
    topic: 'other',
    name: { zh: '其他需要报告的事项', en: 'other matters to report' },
    heading: '六、其他需要报告的事项',
    basis: { zh: '《条例》第五十条第一款第（五）项', en: 'Art. 50(1)(5) of the Regulations' },
  },
];

export function requiredParts(era: Era): RequiredPart[] {
  return era === 'legacy' ? LEGACY_PARTS : FORMAT_PARTS;
}
