// text-cut-off: the text stops in the middle of a sentence — a report copied or downloaded only in part.
// Information only: what the checker says about the missing tail (missing parts, part counts) follows from it.
import type { Rule } from './types';

/** How a report's last paragraph may end: a sentence end, a closing mark, or nothing for a short line
 * (a signature, a date, an issuer name). */
const ENDS_SENTENCE = /[。！？!?；;”"’）)》…]$/;
/** Shorter last lines are signatures, dates or names, which end without punctuation. */
const MIN_PROSE = 16;
const QUOTED = 16;
/** A date written alone (a signature date): "2024年1月20日", "二〇二四年一月二十日". */
const DATE_ONLY = /^[\s\d０-９〇○Ｏ零一二三四五六七八九十年月日号]+$/;

export const textCutOff: Rule = {
  meta: {
    id: 'text-cut-off',
    category: 'structure',
    defaultSeverity: 'information',
    fix: 'none',
    title: { zh: '文本在句中结束', en: 'The text stops mid-sentence' },
    doc: {
      what: {
        zh: '检查全文最后一段是否在句子中间结束（较长的一段文字，末尾没有句号等句末标点）。这通常说明报告只复制或下载了一部分；对截断处之后内容的提示（如缺少某个部分）可能由此而来。落款、日期等短行不算。',
        en: 'Checks whether the last paragraph stops in the middle of a sentence (a longer paragraph without a full stop or other closing punctuation). It usually means only part of the report was copied or downloaded; findings about what would follow the cut (such as a missing part) may come from it. Short lines such as a signature or a date do not count.',
      },
      why: {
        zh: '只检查了报告的一部分时，审核人需要知道：缺少的部分可能只是没有复制过来。',
        en: 'When only part of a report was checked, a reviewer needs to know that a "missing" part may simply not have been copied.',
      },
      example: {
        wrong: '某县人民政府2019年政府信息公开工作年度报告\n\n一、总体情况\n\n2019年，我县认真贯彻落实《条例》，进一步规范和提升政府信',
        right: '某县人民政府2019年政府信息公开工作年度报告\n\n一、总体情况\n\n2019年，我县认真贯彻落实《条例》，进一步规范和提升政府信息公开工作水平。',
      },
      basis: {
        zh: '年度报告须完整公开（《条例》第四十九条、第五十条）；检查结果只对读到的文本负责。',
        en: 'The report is published in full (Regulations, Art. 49–50); the findings speak only for the text that was read.',
      },
    },
  },
  checkDocument(ctx) {
    const { doc } = ctx;
    if (doc.parsedLength < doc.text.length) return; // the core already says it read only the beginning
    const last = doc.paragraphs[doc.paragraphs.length - 1];
    if (!last || doc.tables.some((t) => t.start > last.end)) return; // a table ends the text
    const text = doc.text.slice(last.start, last.end).trimEnd();
    if (text.length < MIN_PROSE || ENDS_SENTENCE.test(text) || DATE_ONLY.test(text)) return;
    // A row of a table the parser did not take as one (cut short, or a lone row) is not prose.
    if ((text.match(/\|/g) ?? []).length >= 2 || text.endsWith('|')) return;
    const tail = text.slice(-QUOTED);
    ctx.report({
      start: last.start + text.length - 1,
      end: last.start + text.length,
      message: {
        zh: `全文在句中结束（“…${tail}”之后没有句末标点），报告可能不完整：复制或下载时只得到了一部分。对之后内容的提示（如缺少某个部分）可能由此而来；请核对原文是否完整。`,
        en: `The text stops mid-sentence ("…${tail}" has no closing punctuation); the report may be incomplete, copied or downloaded only in part. Findings about what would follow (such as a missing part) may come from this; check the original.`,
      },
    });
  },
};
