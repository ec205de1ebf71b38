// The content items of the annual report in the 《条例》 (report-format.md §1.1, §1.2), quoted briefly,
// by the topic of the section that answers them.
import type { LocalizedText, SectionTopic } from '../model';

/** 2007 《条例》 Art. 32, items （一）–（六）. */
export const ART_32_2007: Partial<Record<SectionTopic, LocalizedText>> = {
  proactive: { zh: '2007年《条例》第三十二条第（一）项：“行政机关主动公开政府信息的情况”', en: 'Art. 32(1) of the 2007 Regulations: proactive disclosure by the administrative body' },
  onRequest: { zh: '2007年《条例》第三十二条第（二）项：“行政机关依申请公开政府信息和不予公开政府信息的情况”', en: 'Art. 32(2) of the 2007 Regulations: disclosure on request and information not disclosed' },
  fees: { zh: '2007年《条例》第三十二条第（三）项：“政府信息公开的收费及减免情况”', en: 'Art. 32(3) of the 2007 Regulations: fees and fee waivers' },
  review: { zh: '2007年《条例》第三十二条第（四）项：“因政府信息公开申请行政复议、提起行政诉讼的情况”', en: 'Art. 32(4) of the 2007 Regulations: administrative review and litigation over disclosure' },
  problems: { zh: '2007年《条例》第三十二条第（五）项：“政府信息公开工作存在的主要问题及改进情况”', en: 'Art. 32(5) of the 2007 Regulations: main problems and improvements' },
  other: { zh: '2007年《条例》第三十二条第（六）项：“其他需要报告的事项”（可选）', en: 'Art. 32(6) of the 2007 Regulations: other matters to report (optional)' },
};

/** 2019 《条例》 Art. 50(1), items （一）–（五); 总体情况 comes from the national format. */
export const ART_50_2019: Partial<Record<SectionTopic, LocalizedText>> = {
  overview: {
    zh: '统一格式第一部分（国办公开办函〔2021〕30号）：综述主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障',
    en: 'Part 一 of the national format (国办公开办函〔2021〕30号): an overview of proactive disclosure, requests, information management, platforms and oversight',
  },
  proactive: { zh: '《条例》第五十条第一款第（一）项：“行政机关主动公开政府信息的情况”', en: 'Art. 50(1)(1) of the Regulations: proactive disclosure by the administrative body' },
  onRequest: { zh: '《条例》第五十条第一款第（二）项：“行政机关收到和处理政府信息公开申请的情况”', en: 'Art. 50(1)(2) of the Regulations: applications received and handled' },
  review: { zh: '《条例》第五十条第一款第（三）项：“因政府信息公开工作被申请行政复议、提起行政诉讼的情况”', en: 'Art. 50(1)(3) of the Regulations: administrative review and litigation over disclosure' },
  problems: { zh: '《条例》第五十条第一款第（四）项：“政府信息公开工作存在的主要问题及改进情况”', en: 'Art. 50(1)(4) of the Regulations: main problems and improvements' },
  other: { zh: '《条例》第五十条第一款第（五）项：“其他需要报告的事项”', en: 'Art. 50(1)(5) of the Regulations: other matters to report' },
};
