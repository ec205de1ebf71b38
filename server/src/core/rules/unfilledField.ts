// unfilled-field: a template's slot left as it was: "××", "XX件", "（此处填写……）", "××××年××月××日",
// "共收到申请件". An empty 统计期限 is period-mismatch's.
import type { LocalizedText } from '../model';
import type { Rule } from './types';
import { unfilledSlotsOf, type SlotKind, type UnfilledSlot } from '../analysis/unfilled';

function messageOf(slot: UnfilledSlot): LocalizedText {
  const raw = slot.raw.length > 30 ? `${slot.raw.slice(0, 30)}…` : slot.raw;
  const what: Record<SlotKind, LocalizedText> = {
    glyphs: { zh: `“${raw}”是模板的占位符，还没有换成实际内容`, en: `"${raw}" is a template placeholder that was never replaced` },
    instruction: { zh: `“${raw}”是模板的填写说明，还没有换成实际内容`, en: `"${raw}" is a template instruction that was never replaced by the content` },
    date: { zh: `日期“${raw}”没有填写完整`, en: `the date "${raw}" was never filled in` },
    count: { zh: `“${raw}”缺少数字，模板中的数字没有填写`, en: `"${raw}" lacks its number: the template's figure was never filled in` },
  };
  const w = what[slot.kind];
  return {
    zh: `${w.zh}。请填入实际的数字、日期或名称（没有发生的写0）；报告公布前不应留有未填写的内容。`,
    en: `${w.en[0].toUpperCase()}${w.en.slice(1)}. Write the actual figure, date or name (0 when there was none); a published report must not keep unfilled template slots.`,
  };
}

export const unfilledField: Rule = {
  meta: {
    id: 'unfilled-field',
    category: 'structure',
    defaultSeverity: 'error',
    fix: 'none',
    title: { zh: '模板内容未填写', en: 'Template slot left unfilled' },
    doc: {
      what: {
        zh: '查找照模板写报告时没有填写的地方：占位符（××、XX、ＸＸ、○○、□□、____、空的【】）、填写说明（“（此处填写……）”“[填写]”）、年月日没有填写的日期（“××××年××月××日”“2024年×月×日”“    年  月  日”），以及缺少数字的计数（“本年度共收到申请件”“共件”“主动公开政府信息条。”）。“条例”“件数”“条款”“信息条目”等是词语，不是缺少数字；有意隐去的姓名（“申请人王××”“李××同志”）也不提示。统计期限一句整个没有填写日期（“统计期限自至”）时，由 period-mismatch 提示，不重复提示。',
        en: 'Finds what was left unfilled when a report was written from a template: placeholders (××, XX, ＸＸ, ○○, □□, ____, an empty 【】), instructions ("（此处填写……）", "[填写]"), dates whose parts are placeholders or blank ("××××年××月××日", "2024年×月×日", "    年  月  日"), and counts without their number ("本年度共收到申请件", "共件", "主动公开政府信息条。"). Words such as 条例, 件数, 条款 and 信息条目 are not missing numbers, and names masked on purpose ("申请人王××", "李××同志") are not placeholders. A 统计期限 sentence with no date at all ("统计期限自至") is reported once, by period-mismatch.',
      },
      why: {
        zh: '留有占位符的报告没有写完：读者看不到实际的数字或日期，也说明报告公布前没有经过核对。',
        en: 'A report that still holds placeholders is unfinished: readers do not get the figure or date, and it shows the report was not checked before publication.',
      },
      example: {
        wrong: '青禾县自然资源局2023年政府信息公开工作年度报告\n本年度共收到政府信息公开申请XX件，均已按期答复。',
        right: '青禾县自然资源局2023年政府信息公开工作年度报告\n本年度共收到政府信息公开申请12件，均已按期答复。',
      },
      basis: {
        zh: '《中华人民共和国政府信息公开条例》第五十条：年度报告应当包括主动公开、依申请公开、复议诉讼等方面的情况；数字和日期留空，就没有报告这些情况。',
        en: 'Regulations on open government information, Art. 50: the annual report states how information was disclosed in the year; a figure or date left blank states nothing.',
      },
    },
  },
  checkReport(report, ctx) {
    for (const slot of unfilledSlotsOf(ctx.doc, report)) {
      ctx.report({ start: slot.start, end: slot.end, message: messageOf(slot) });
    }
  },
};
