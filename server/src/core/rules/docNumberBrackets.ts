// doc-number-brackets: 文号 such as 绵府函[2010]64号 or 国办发„2008‟36号 must use 六角括号 〔〕.
import type { Rule } from './types';

// The year in a wrong bracket pair, the serial number and 号; the issuer abbreviation before it is
// looked up by hand (a leading Han-character group would make the engine retry at every character).
// Without its 号 ("×府办[2019]12") the serial must end the clause and the issuer must end like one.
const DOC_NUMBER = /([\[［【(（﹝„〈<{])[ \u3000]*((?:19|20)\d{2})[ \u3000]*([\]］】)）﹞‟〉>}])[ \u3000]*(\d{1,5})(?:[ \u3000]*(号)|(?=[ \u3000]*(?:[，,。；;、：:）)\]】》”'"\r\n]|$)))/g;
const HAN = /[\u4e00-\u9fff]/;
/** The last character of an issuer abbreviation (国办发, 绵府函, 川办字, 某府办, 某政令). */
const ISSUER_END = /[发办函字令规复电通告文府委局厅部秘政]$/;

/** The issuer abbreviation (绵府函, 国办发) right before the bracket: 1–12 Han characters. */
function issuerBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u3000')) i--;
  const end = i;
  while (i > 0 && end - i < 12 && HAN.test(text[i - 1])) i--;
  return text.slice(i, end);
}

export const docNumberBrackets: Rule = {
  meta: {
    id: 'doc-number-brackets',
    category: 'citations',
    defaultSeverity: 'warning',
    fix: 'safe',
    title: { zh: '文号年份未用六角括号', en: 'Document number without 〔〕' },
    doc: {
      what: {
        zh: '检查引用的发文字号：年份应使用六角括号“〔〕”括入，而不是 [ ]、【 】、（ ）、﹝﹞ 或 „‟。漏写“号”字的文号（如“×府办[2019]12”，序号后紧接标点或行末）同样检查；单独的“[2019]”或注释序号“[1]”不是文号。',
        en: 'Checks cited document numbers (文号): the year goes in 六角括号 〔〕, not [ ], 【 】, （ ）, ﹝﹞ or „‟. A 文号 written without its 号 ("×府办[2019]12", the serial followed by punctuation or the line end) is checked too; a bare "[2019]" or a footnote mark "[1]" is not a 文号.',
      },
      why: { zh: '文号写法由国家标准规定，写错括号是常见的格式错误。', en: 'The form of a 文号 is fixed by the national standard; wrong brackets are a common slip.' },
      example: { wrong: '绵府函[2010]64号', right: '绵府函〔2010〕64号' },
      basis: { zh: 'GB/T 9704-2012《党政机关公文格式》7.2.5 发文字号：年份用六角括号“〔〕”括入。', en: 'GB/T 9704-2012, 7.2.5: the year of a document number is enclosed in 〔〕.' },
    },
  },
  checkDocument(ctx) {
    const { doc } = ctx;
    // Matched on the folded text (號 as 号), quoted from the original.
    const text = doc.matchText.slice(0, doc.parsedLength);
    let t = 0;
    for (const m of text.matchAll(DOC_NUMBER)) {
      const bracketStart = m.index!;
      const issuer = issuerBefore(doc.text, bracketStart);
      if (!issuer) continue;
      const hasHao = m[5] !== undefined;
      if (!hasHao && !ISSUER_END.test(issuer)) continue;
      while (t < doc.tables.length && doc.tables[t].end <= bracketStart) t++;
      if (t < doc.tables.length && doc.tables[t].start <= bracketStart) continue;
      const [, open, year, close, serial] = m;
      const bracketEnd = bracketStart + m[0].indexOf(close, open.length + year.length) + close.length;
      // Quoted as written (号 or 號 of a report in traditional characters), matched on the folded text.
      const asWritten = doc.text.slice(bracketStart, bracketStart + m[0].length).trimEnd();
      const written = `${issuer}${asWritten}`;
      const corrected = `${issuer}〔${year}〕${serial}${hasHao ? asWritten[asWritten.length - 1] : ''}`;
      ctx.report({
        start: bracketStart,
        end: bracketEnd,
        message: {
          zh: `文号“${written}”的年份应使用六角括号〔〕，写作“${corrected}”。`,
          en: `In the document number "${written}" the year belongs in 〔〕: "${corrected}".`,
        },
        fixes: [
          {
            title: { zh: `改为“〔${year}〕”`, en: `Change to "〔${year}〕"` },
            edits: [{ start: bracketStart, end: bracketEnd, newText: `〔${year}〕` }],
            safe: true,
          },
        ],
      });
    }
  },
};
