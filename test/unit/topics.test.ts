// Which part a heading covers: the synonyms of report-format.md §2.3 and §3.2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedTopicsOf, topicsOf } from '../../server/src/core/format/topics';

test('canonical 2019/2021 headings', () => {
  assert.deepEqual(
    ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项'].map((t) => topicsOf(t)[0]),
    ['overview', 'proactive', 'onRequest', 'review', 'problems', 'other'],
  );
});

test('legacy synonyms from §3.2', () => {
  const cases: Array<[string, string]> = [
    ['依申请公开、不予公开及咨询政府信息情况', 'onRequest'],
    ['政府信息公开申请的办理情况', 'onRequest'],
    ['政府信息公开的收费及减免情况', 'fees'],
    ['政府支出和收费情况', 'fees'],
    ['政府信息公开支出与收费', 'fees'],
    ['因政府信息公开申请行政复议、提起行政诉讼的情况', 'review'],
    ['复议、诉讼和申诉情况', 'review'],
    ['存在问题及工作打算', 'problems'],
    ['工作存在的主要问题及下步打算', 'problems'],
    ['其他工作情况', 'other'],
    ['需要说明的事项与附表', 'other'],
  ];
  for (const [title, topic] of cases) assert.equal(topicsOf(title)[0], topic, title);
});

test('added: 费用 (工作人员和费用支出情况), 不足 (存在的不足及改进措施), 其他情况', () => {
  assert.deepEqual(topicsOf('工作人员和费用支出情况'), ['fees', 'staffing']);
  assert.ok(topicsOf('存在的不足').includes('problems'));
  assert.deepEqual(topicsOf('其他情况'), ['other']);
  assert.deepEqual(topicsOf('其他'), ['other']);
  assert.deepEqual(topicsOf('其他公开工作开展情况'), [], 'only 其他 on its own, not any title starting with it');
  assert.deepEqual(topicsOf('公开申请的答复情况'), ['onRequest']);
});

test('headings that name none of the parts', () => {
  for (const t of ['主要做法', '政府信息公开情况', '场所及配套设施建设情况', '着力完善电子政务平台建设', '保障经费']) {
    assert.ok(!topicsOf(t).some((x) => ['proactive', 'onRequest', 'fees', 'review', 'problems'].includes(x)), t);
  }
  // "因政府信息公开申请行政复议" is review, not the handling of requests.
  assert.ok(!topicsOf('因政府信息公开申请行政复议、提起行政诉讼的情况').includes('onRequest'));
});

test('sharedTopicsOf gives what topicsOf gives, remembered; topicsOf hands out copies a caller may change', () => {
  for (const t of ['总体情况', '依申请公开政府信息和不予公开政府信息的情况', '行政复议、行政诉讼', '附表', '其他']) {
    assert.deepEqual([...sharedTopicsOf(t)], topicsOf(t), t);
    assert.equal(sharedTopicsOf(t), sharedTopicsOf(t), t);
  }
  const copy = topicsOf('主动公开政府信息情况');
  copy.push('fees');
  assert.deepEqual(topicsOf('主动公开政府信息情况'), ['proactive']);
  assert.deepEqual(sharedTopicsOf('主动公开政府信息情况'), ['proactive']);
});
