// statute-name: the name of the 条例 written almost but not exactly right inside 《》
// ("《中华人民政府信息公开条例》" without 共和国, "《中华人民共和国信息公开条例》" without 政府).
import type { Rule } from './types';

const NATIONAL = '中华人民共和国政府信息公开条例';
/** A title between 书名号, on one line; nested 〈〉 titles are not names of the 条例. */
const TITLE = /《([^《》\n]{8,24})》/g;
/** At most this many characters added, dropped or changed: a slip in the name, not another statute. */
const MAX_EDITS = 3;

/** Edit distance of two short strings, giving up (returning limit + 1) once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length];
}

export const statuteName: Rule = {
  meta: {
    id: 'statute-name',
    category: 'citations',
    defaultSeverity: 'warning',
    fix: 'safe',
    title: { zh: '《条例》名称写错', en: 'The Regulations cited under a wrong name' },
    doc: {
      what: {
        zh: '检查书名号内与《中华人民共和国政府信息公开条例》只差一至三个字的名称（漏字、多字、错字），如“《中华人民政府信息公开条例》”。其他法规、地方规定（如《广东省政府信息公开规定》）和简称《条例》不检查。',
        en: 'Checks names in 书名号 that differ from 《中华人民共和国政府信息公开条例》 by one to three characters (a character dropped, added or wrong), such as "《中华人民政府信息公开条例》". Other statutes, local rules (《广东省政府信息公开规定》) and the short form 《条例》 are not checked.',
      },
      why: {
        zh: '年度报告依据《条例》编制，开篇即引用其名称；法规名称写错是显眼的差错。',
        en: 'Every report is made under the Regulations and cites them in its first sentence; a misspelt statute name is a conspicuous error.',
      },
      example: { wrong: '根据《中华人民政府信息公开条例》规定，', right: '根据《中华人民共和国政府信息公开条例》规定，' },
      basis: {
        zh: '《中华人民共和国政府信息公开条例》（国务院令第711号）的法定名称；GB/T 15834-2011 4.15 书名号内为书名的全称或规范简称。',
        en: 'The official title of the Regulations (State Council Decree No. 711); GB/T 15834-2011, 4.15: title marks enclose the full or the standard short title.',
      },
    },
  },
  checkDocument(ctx) {
    const { doc } = ctx;
    const text = doc.matchText.slice(0, doc.parsedLength);
    for (const m of text.matchAll(TITLE)) {
      const name = m[1];
      if (name === NATIONAL || !name.endsWith('条例') && !name.includes('信息公开')) continue;
      if (editDistance(name, NATIONAL, MAX_EDITS) > MAX_EDITS) continue;
      const start = m.index! + 1;
      const written = doc.text.slice(start, start + name.length);
      ctx.report({
        start,
        end: start + name.length,
        message: {
          zh: `《条例》的名称写作“${written}”，应为“${NATIONAL}”。`,
          en: `The Regulations are cited as "${written}"; the title is "${NATIONAL}".`,
        },
        fixes: [
          {
            title: { zh: `改为“${NATIONAL}”`, en: `Change to "${NATIONAL}"` },
            edits: [{ start, end: start + name.length, newText: NATIONAL }],
            safe: true,
          },
        ],
      });
    }
  },
};
