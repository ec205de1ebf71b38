// doc-number-brackets: 文号 such as 绵府函[2010]64号 or 国办发„2008‟36号 must use 六角括号 〔〕.
import type { Rule } from './types';

// An issuer abbreviation, the year in a wrong bracket pair, the serial number and 号.
const DOC_NUMBER = /([\u4e00-\u9fff]{1,12})[ \u3000]*([\[［【(（﹝„〈<［{])[ \u3000]*((?:19|20)\d{2})[ \u3000]*([\]］】)）﹞‟〉>］}])[ \u3000]*(\d{1,5})[ \u3000]*号/g;

export const docNumberBrackets: Rule = {
  meta: {
    id: 'doc-number-brackets',
    category: 'citations',
    defaultSeverity: 'warning',
    fix: 'safe',
    title: { zh: '文号年份未用六角括号', en: 'Document number without 〔〕' },
    doc: {
      what: {
        zh: '检查引用的发文字号：年份应使用六角括号“〔〕”括入，而不是 [ ]、【 】、（ ）、﹝﹞ 或 „‟。',
        en: 'Checks cited document numbers (文号): the year goes in 六角括号 〔〕, not [ ], 【 】, （ ）, ﹝﹞ or „‟.',
      },
      why: { zh: '文号写法由国家标准规定，写错括号是常见的格式错误。', en: 'The form of a 文号 is fixed by the national standard; wrong brackets are a common slip.' },
      example: { wrong: '绵府函[2010]64号', right: '绵府函〔2010〕64号' },
      basis: { zh: 'GB/T 9704-2012《党政机关公文格式》7.2.5 发文字号：年份用六角括号“〔〕”括入。', en: 'GB/T 9704-2012, 7.2.5: the year of a document number is enclosed in 〔〕.' },
    },
  },
  checkDocument(ctx) {
    const { doc } = ctx;
    const text = doc.text.slice(0, doc.parsedLength);
    let t = 0;
    for (const m of text.matchAll(DOC_NUMBER)) {
      const at = m.index! + m[1].length + (m[0].length - m[1].length - m[0].slice(m[1].length).trimStart().length);
      while (t < doc.tables.length && doc.tables[t].end <= at) t++;
      if (t < doc.tables.length && doc.tables[t].start <= at) continue;
      const open = m[2];
      const close = m[4];
      const bracketStart = m.index! + m[0].indexOf(open, m[1].length);
      const bracketEnd = m.index! + m[0].indexOf(close, m[0].indexOf(m[3])) + close.length;
      const corrected = `${m[1]}〔${m[3]}〕${m[5]}号`;
      ctx.report({
        start: bracketStart,
        end: bracketEnd,
        message: {
          zh: `文号“${m[0]}”的年份应使用六角括号〔〕，写作“${corrected}”。`,
          en: `In the document number "${m[0]}" the year belongs in 〔〕: "${corrected}".`,
        },
      });
    }
  },
};
