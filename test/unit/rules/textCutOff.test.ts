import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from './helpers';

const ID = 'text-cut-off';
const head = '某县人民政府2019年政府信息公开工作年度报告\n\n一、总体情况\n\n';

test('a text that stops mid-sentence gets one information note on its last character', () => {
  const f = findingsOf(ID, `${head}2019年，我县认真贯彻落实《条例》，进一步规范和提升政府信`);
  assert.deepEqual(f.map((x) => [x.line, x.text, x.severity]), [[5, '信', 'information']]);
  assert.match(f[0].message, /全文在句中结束（“…《条例》，进一步规范和提升政府信”之后没有句末标点），报告可能不完整/);
});

test('a full stop, a closing mark, a signature, a date, a short line or a final table end a text normally', () => {
  for (const tail of [
    '2019年，我县认真贯彻落实《条例》，进一步规范和提升政府信息公开工作水平。',
    '如有疑问，请与县政府办公室联系（电话：0000-1234567）',
    '2019年，我县认真贯彻落实《条例》。\n\n某县人民政府办公室\n2020年1月20日',
    '2019年，我县认真贯彻落实《条例》。\n\n二〇二〇年一月二十日',
    '2019年，我县认真贯彻落实《条例》。\n\n| 信息内容 | 本年制发件数 |\n|---|---|\n| 规章 | 0',
  ]) assert.deepEqual(findingsOf(ID, head + tail), [], tail);
});
