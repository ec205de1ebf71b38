// Which statutory part of a report a heading covers (report-format.md §2.3 and §3.2 synonyms).
import type { SectionTopic } from '../model';
import { detached } from '../text/chars';
import { foldTraditional } from '../text/traditional';

const TOPIC_PATTERNS: Array<[SectionTopic, RegExp]> = [
  ['overview', /概述|概况|总体情况|基本情况|基本工作情况|总体工作情况/],
  ['proactive', /主动公开/],
  // Not plain 申请: "因政府信息公开申请行政复议" names review, not the handling of applications.
  ['onRequest', /依申请|收到和处理政府信息公开申请|公开申请的?(?:办理|处理|受理|答复)|申请公开政府信息|政府信息公开申请情况/],
  // 费用: "工作人员和费用支出情况" (青岛 sample, §3.2) reports what disclosure cost and earned.
  ['fees', /收费|减免|费用/],
  ['review', /行政复议|行政诉讼|复议|诉讼/],
  ['problems', /问题|不足|改进|整改|工作打算|下步打算|下一步/],
  ['other', /其[他它]需要|其[他它]事项|其[他它]工作情况|需要说明的事项|其[他它]相关情况|其[他它]情况|^其[他它]$/],
  ['consultation', /咨询/],
  ['interpretation', /回应|解读/],
  ['staffing', /机构建设|保障经费|培训会议|工作人员和费用/],
];

/** The topics a heading's title names; a title in traditional characters as its simplified form. */
/** Titles repeat across checks and features (the same headings on every keystroke): their topics are remembered. */
const memo = new Map<string, SectionTopic[]>();
const MEMO_LIMIT = 4096;

export function topicsOf(title: string): SectionTopic[] {
  return [...sharedTopicsOf(title)];
}

/** topicsOf without the copy, for callers that only read it (the array may be the remembered one). */
export function sharedTopicsOf(title: string): readonly SectionTopic[] {
  const hit = memo.get(title);
  if (hit) return hit;
  const out: SectionTopic[] = [];
  const folded = foldTraditional(title);
  for (const [topic, re] of TOPIC_PATTERNS) if (re.test(folded)) out.push(topic);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  if (title.length <= 200) memo.set(detached(title), out);
  return out;
}
