// Rule options (RuleMeta.options) in .nianbao.json: validated against the rules' metadata, merged by layer,
// generated into the schema, read with their defaults.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configSchema, mergeConfigs, readConfig, ruleOption, RULE_OPTIONS, RULES } from '../../server/src/core';

const ids = RULES.map((r) => r.meta.id);

test('ruleOptions: known options within their range are kept; others are dropped and said', () => {
  const { config, problems } = readConfig({
    ruleOptions: {
      'copied-from-last-year': { threshold: 0.5, nope: 1 },
      'table-sum': { threshold: 0.5 },
    },
  }, ids, RULE_OPTIONS);
  assert.deepEqual(config.ruleOptions, { 'copied-from-last-year': { threshold: 0.5 } });
  assert.equal(problems.length, 2);
  const out = readConfig({ ruleOptions: { 'copied-from-last-year': { threshold: 3 } } }, ids, RULE_OPTIONS);
  assert.deepEqual(out.config.ruleOptions, {});
  assert.match(out.problems[0].message.zh, /应为 0 到 1 之间的数/);
  assert.equal(readConfig({ ruleOptions: [] }, ids, RULE_OPTIONS).problems.length, 1);
});

test('ruleOptions: later layers win option by option; an option not set reads its default', () => {
  const merged = mergeConfigs({ ruleOptions: { 'copied-from-last-year': { threshold: 0.5 } } }, { ruleOptions: { 'copied-from-last-year': { threshold: 0.8 } } });
  const meta = RULE_OPTIONS['copied-from-last-year'].threshold;
  assert.equal(ruleOption(merged, 'copied-from-last-year', 'threshold', meta), 0.8);
  assert.equal(ruleOption({}, 'copied-from-last-year', 'threshold', meta), 0.3);
});

test('the schema lists each rule\'s options with range and default', () => {
  const schema = configSchema(RULES.map((r) => r.meta)) as { properties: { ruleOptions: { properties: Record<string, { properties: Record<string, { minimum: number; maximum: number; default: number }> }> } } };
  const t = schema.properties.ruleOptions.properties['copied-from-last-year'].properties.threshold;
  assert.deepEqual([t.minimum, t.maximum, t.default], [0, 1, 0.3]);
});
