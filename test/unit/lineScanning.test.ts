// The per-line scanners find where their patterns can start by hand (digits before 年/月, line feeds,
// full-width digits read as they are): these cases pin what they must still find.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeLineStarts } from '../../server/src/core/text/lines';
import { findNumbersInLine } from '../../server/src/core/parse/numbers';
import { findDatesInLine } from '../../server/src/core/parse/dates';

const line = (text: string, start = 0) => ({ index: 0, start, end: start + text.length, text });

/** Line starts as LSP counts them, one character at a time. */
function slowLineStarts(text: string, limit = text.length): number[] {
  const starts = [0];
  for (let i = 0; i < limit; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') starts.push(++i + 1);
    else if (text[i] === '\r' || text[i] === '\n') starts.push(i + 1);
  }
  return starts;
}

test('line starts: \\n, \\r\\n, a lone \\r, and a limit between \\r and \\n', () => {
  for (const text of ['', 'a', 'a\nb\n', 'a\r\nb\r\n\r\nc', 'a\rb\nc\r\n', '\r', '\n\n', 'ab\r\ncd']) {
    for (let limit = 0; limit <= text.length; limit++) {
      assert.deepEqual(computeLineStarts(text, limit), slowLineStarts(text, limit), JSON.stringify([text, limit]));
    }
  }
});

test('numbers: full-width digits, a numeral before a spaced 万元, prefixes, codes', () => {
  const [fw] = findNumbersInLine(line('共收到申请１２件', 10), []);
  assert.deepEqual([fw.start, fw.end, fw.raw, fw.value, fw.numeral, fw.unit], [15, 18, '１２', 12, 'fullwidth', '件']);
  const [wan] = findNumbersInLine(line('三 万元'), []);
  assert.deepEqual([wan.raw, wan.value, wan.unit], ['三', 3, '万元']);
  const [approx] = findNumbersInLine(line('将近1,234件'), []);
  assert.deepEqual([approx.start, approx.value, approx.approximate?.text], [0, 1234, '将近']);
  assert.deepEqual(findNumbersInLine(line('统一条例，第３次，A12件，２０２１年'), []), []);
  assert.equal(findNumbersInLine(line('1．5万件'), []).length, 2);
});

test('dates: full-width digits, Han years, grouped years, and no year inside a longer number', () => {
  const [d] = findDatesInLine(line('于２０２１年１月０５日', 3));
  assert.deepEqual([d.start, d.year, d.month, d.day, d.issues], [4, 2021, 1, 5, ['zero-pad']]);
  const [h] = findDatesInLine(line('二〇二一年三月五日'));
  assert.deepEqual([h.year, h.month, h.day, h.form], [2021, 3, 5, 'chinese']);
  const [g] = findDatesInLine(line('截至201,7年'));
  assert.deepEqual([g.year, g.issues], [2017, ['grouped-year']]);
  assert.deepEqual(findDatesInLine(line('12017年，1.2017年')), []);
  const two = findDatesInLine(line('2019年2月1日至12月31日，2020.1.2'));
  assert.deepEqual(two.map((x) => [x.year, x.month, x.day]), [[2019, 2, 1], [undefined, 12, 31], [2020, 1, 2]]);
});
