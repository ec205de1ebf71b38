// copied-from-last-year: this year's report repeats last year's ("内容雷同"): the share of copied sentences
// above a threshold, the longest copied passages, and years and figures inside copied sentences that are
// still last year's.
import type { Rule } from './types';
import type { RuleOptionMeta } from '../config';
import { ruleOption } from '../config';
import { copiedTextOf } from '../analysis/copiedText';
import { memberName, placeOf, relatedIn, reportAnchor } from '../analysis/reportSet';

const THRESHOLD: RuleOptionMeta = {
  default: 0.3,
  minimum: 0,
  maximum: 1,
  description: {
    zh: '本年报告中与上年相同或几乎相同的句子所占比例超过此值时给出警告（0 到 1，默认 0.3）',
    en: 'Warn when the share of this year\'s sentences identical or nearly identical to last year\'s exceeds this (0 to 1, default 0.3)',
  },
};

/** Fewer compared sentences than this say little about copying as a whole (the left-over years still count). */
const MIN_COMPARED = 5;
const PASSAGES_SHOWN = 3;

const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The start of text[start, end), white space collapsed, cut at `max` characters. A copied passage may run over
 * pages: when a prefix of it is already longer than `max` once collapsed, the passage starts the same.
 */
function excerpt(text: string, start: number, end: number, max = 24): string {
  let t = collapsed(text.slice(start, Math.min(end, start + 4 * max)));
  if (t.length <= max) t = collapsed(text.slice(start, end));
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

export const copiedFromLastYear: Rule = {
  meta: {
    id: 'copied-from-last-year',
    category: 'cross-year',
    defaultSeverity: 'warning',
    fix: 'none',
    title: { zh: '内容与上年报告雷同', en: 'Text copied from last year\'s report' },
    options: { threshold: THRESHOLD },
    doc: {
      what: {
        zh: '同一单位相邻两年的报告一起检查时，统计本年报告正文中与上年报告相同或几乎相同的句子（数字、年份不计，统计表、标题和“根据《条例》……”等每份报告都有的套话不算）。所占比例超过阈值（选项 threshold，默认 0.3）时给出警告，列出最长的几段雷同内容并链接到两份报告中的位置。雷同句子中仍与上年那句相同的年份（如2023年报告中写“2022年”，上年那句也是“2022年”）给出警告，相同的数字给出提示。',
        en: 'When the same issuer\'s reports of consecutive years are checked together, counts this year\'s sentences that are identical or nearly identical to last year\'s (figures and years aside; tables, headings and the boilerplate every report carries left out). Above a threshold (option threshold, default 0.3) a warning lists the longest copied passages with links to both reports. Years inside a copied sentence still equal to last year\'s sentence (2022 in the 2023 report where last year\'s sentence said 2022 too) are warned about, equal figures noted.',
      },
      why: {
        zh: '2021年格式要求中明确批评“内容雷同、敷衍塞责”；照抄上年的报告常留下上年的年份和数字。',
        en: 'The 2021 format explicitly criticises reports "内容雷同" (copied); a report copied from last year often keeps last year\'s years and figures.',
      },
      example: {
        wrong: '青禾县人民政府2023年政府信息公开工作年度报告\n2022年，我县坚持以人民为中心，深入推进政务公开标准化规范化建设。\n全年通过县政府门户网站主动公开各类政府信息，及时回应社会关切。\n我县进一步规范依申请公开办理流程，严格按照法定时限答复申请人。\n县政府办公室组织开展政务公开业务培训，提升工作人员业务能力。\n全县政务公开专区运行平稳，为群众查阅政府信息提供便利。',
        right: '青禾县人民政府2023年政府信息公开工作年度报告\n2023年，我县围绕优化营商环境，重点公开惠企政策和涉企收费清单。\n县政府门户网站改版上线，新增政策文件库和解读专栏，检索更方便。\n依申请公开实行台账管理，办理进度全程留痕，答复文书统一审核。\n面向乡镇和部门新任联络员举办两期专题培训，讲解新修订的工作规范。\n政务公开专区增设自助查询终端，全年接待现场查阅群众百余人次。',
        note: {
          zh: '上年报告为同一单位的2022年报告，正文与“错误”示例的五句相同，只是开头写“2022年”。',
          en: 'Last year\'s report is the same issuer\'s 2022 report whose text has the same five sentences as the wrong example, its first beginning with 2022.',
        },
        lastYear: {
          text: '青禾县人民政府2022年政府信息公开工作年度报告\n2022年，我县坚持以人民为中心，深入推进政务公开标准化规范化建设。\n全年通过县政府门户网站主动公开各类政府信息，及时回应社会关切。\n我县进一步规范依申请公开办理流程，严格按照法定时限答复申请人。\n县政府办公室组织开展政务公开业务培训，提升工作人员业务能力。\n全县政务公开专区运行平稳，为群众查阅政府信息提供便利。',
        },
      },
      basis: {
        zh: '《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）：“出现……内容雷同、敷衍塞责等问题并造成不良后果的……严肃追究……责任”。',
        en: 'The 2021 national format notice (国办公开办函〔2021〕30号) holds those responsible for reports that are "内容雷同、敷衍塞责" (copied, perfunctory).',
      },
    },
  },
  checkSet(ctx) {
    for (const pair of ctx.set.pairs) {
      const { current, last } = pair;
      const found = copiedTextOf(current, last);
      if (!found.copied.length) continue;
      const threshold = ruleOption(ctx.configOf(current), 'copied-from-last-year', 'threshold', THRESHOLD);
      const lastName = memberName(last);
      if (found.compared >= MIN_COMPARED && found.share > threshold) {
        const pct = Math.round(found.share * 100);
        const shown = found.passages.slice(0, PASSAGES_SHOWN);
        const list = shown.map((p, i) => {
          const quote = excerpt(current.doc.text, p.current.start, p.current.end);
          const where = placeOf(last, p.last.start);
          return {
            zh: `（${i + 1}）“${quote}”${p.sentences}句，上年见${where.zh}`,
            en: `(${i + 1}) "${quote}", ${p.sentences} sentence${p.sentences > 1 ? 's' : ''}, last year at ${where.en}`,
          };
        });
        ctx.report(current, {
          ...reportAnchor(current),
          message: {
            zh: `本报告正文 ${found.compared} 句中有 ${found.copied.length} 句（${pct}%）与上年报告（${lastName}）相同或几乎相同（数字、年份不计），超过 ${Math.round(threshold * 100)}%。最长的雷同内容：${list.map((l) => l.zh).join('；')}。请按本年度的实际工作重写。`,
            en: `${found.copied.length} of this report's ${found.compared} sentences (${pct}%) are identical or nearly identical to last year's report (${last.issuer} ${last.year}), figures and years aside: more than ${Math.round(threshold * 100)}%. Longest copied passages: ${list.map((l) => l.en).join('; ')}. Write about this year's work.`,
          },
          related: shown.flatMap((p, i) => [
            relatedIn(current, current, p.current, { zh: `雷同内容（${i + 1}）：本年`, en: `Copied passage (${i + 1}): this year` }),
            relatedIn(current, last, p.last, { zh: `雷同内容（${i + 1}）：上年`, en: `Copied passage (${i + 1}): last year` }),
          ]),
        });
      }
      for (const l of found.leftOvers.filter((x) => x.kind === 'year')) {
        const where = placeOf(last, l.last.start);
        ctx.report(current, {
          start: l.current.start,
          end: l.current.end,
          message: {
            zh: `这句与上年报告（${where.zh}）相同，年份“${l.raw}”也与上年那句相同：是否沿用了上年的年份？本报告是${current.year}年的报告。`,
            en: `This sentence is the same as in last year's report (${where.en}), year "${l.raw}" included: was last year's year left in? This report is on ${current.year}.`,
          },
          related: [relatedIn(current, last, l.last, { zh: '上年报告中的同一句', en: 'The same sentence in last year\'s report' })],
        });
      }
      // Figures: one note per sentence, listing them.
      const bySentence = new Map<number, typeof found.leftOvers>();
      for (const l of found.leftOvers) if (l.kind === 'figure') (bySentence.get(l.sentence.start) ?? bySentence.set(l.sentence.start, []).get(l.sentence.start)!).push(l);
      for (const list of bySentence.values()) {
        const where = placeOf(last, list[0].last.start);
        const figures = list.map((l) => `“${l.raw}”`).join('');
        ctx.report(current, {
          start: list[0].current.start,
          end: list[list.length - 1].current.end,
          severity: 'information',
          message: {
            zh: `这句与上年报告（${where.zh}）相同，数字${figures}也与上年那句相同：请确认是本年的数字，而不是沿用了上年的。`,
            en: `This sentence is the same as in last year's report (${where.en}), figures ${list.map((l) => `"${l.raw}"`).join(', ')} included: make sure they are this year's and not last year's.`,
          },
          related: [relatedIn(current, last, { start: list[0].last.start, end: list[list.length - 1].last.end }, {
            zh: '上年报告中的同一句', en: 'The same sentence in last year\'s report',
          })],
        });
      }
    }
  },
};
