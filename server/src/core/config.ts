// The configuration shared by the editor and the CLI: a `.nianbao.json` file found by walking up from
// the report, and the VS Code settings of the same names. Pure: callers read the files.
import type { Severity } from './findings';
import type { Era, ReportKind } from './model';

export type RuleSetting = Severity | 'off' | boolean;

/** A month and day in the year after the report year. */
export interface MonthDay {
  month: number;
  day: number;
}

/** Local publication deadlines that replace the statutory ones (reports for 2019 and later). */
export interface LocalDeadlines {
  department?: MonthDay;
  government?: MonthDay;
  /** 乡镇人民政府 and 街道办事处: the 条例 sets no date, so they are checked only when this is set. */
  township?: MonthDay;
}

export const DEADLINE_KINDS = ['department', 'government', 'township'] as const;

/** A numeric option of a rule (e.g. the share of copied sentences copied-from-last-year tolerates). */
export interface RuleOptionMeta {
  default: number;
  minimum: number;
  maximum: number;
  description: { zh: string; en: string };
}

/** Per rule id, its options by name. */
export type RuleOptionsMeta = Readonly<Record<string, Readonly<Record<string, RuleOptionMeta>>>>;

export interface NianbaoConfig {
  /** Per rule id: "off"/false disables it, a severity replaces its default, true keeps the default. */
  rules?: Record<string, RuleSetting>;
  era?: Era;
  kind?: ReportKind;
  deadlines?: LocalDeadlines;
  /** Per rule id, the options it has (RuleMeta.options), e.g. { "copied-from-last-year": { "threshold": 0.5 } }. */
  ruleOptions?: Record<string, Record<string, number>>;
}

/** A rule option's configured value, or its default. */
export function ruleOption(config: Readonly<NianbaoConfig>, ruleId: string, name: string, meta: RuleOptionMeta): number {
  const v = config.ruleOptions?.[ruleId]?.[name];
  return typeof v === 'number' && v >= meta.minimum && v <= meta.maximum ? v : meta.default;
}

export const CONFIG_FILE_NAME = '.nianbao.json';

const SEVERITIES: readonly string[] = ['error', 'warning', 'information', 'hint'];
const ERAS: readonly string[] = ['legacy', '2019', '2021'];
const KINDS: readonly string[] = ['government', 'department'];

export interface ConfigProblem {
  message: { zh: string; en: string };
}

/** Validates a parsed JSON value; unknown or wrong entries are dropped and reported, never thrown. */
export function readConfig(
  value: unknown,
  knownRules: readonly string[],
  knownOptions: RuleOptionsMeta = {},
): { config: NianbaoConfig; problems: ConfigProblem[] } {
  const config: NianbaoConfig = {};
  const problems: ConfigProblem[] = [];
  const problem = (zh: string, en: string) => problems.push({ message: { zh, en } });
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problem('配置应为一个 JSON 对象。', 'The configuration must be a JSON object.');
    return { config, problems };
  }
  const v = value as Record<string, unknown>;
  if (v.rules !== undefined) {
    if (typeof v.rules !== 'object' || v.rules === null || Array.isArray(v.rules)) {
      problem('"rules" 应为对象，如 { "blank-cell": "off" }。', '"rules" must be an object such as { "blank-cell": "off" }.');
    } else {
      config.rules = {};
      for (const [id, setting] of Object.entries(v.rules as Record<string, unknown>)) {
        if (!knownRules.includes(id)) {
          problem(`未知规则 "${id}"，已忽略。`, `Unknown rule "${id}" ignored.`);
        } else if (typeof setting === 'boolean' || (typeof setting === 'string' && (setting === 'off' || SEVERITIES.includes(setting)))) {
          config.rules[id] = setting as RuleSetting;
        } else {
          problem(`规则 "${id}" 的取值应为 "off"、"error"、"warning"、"information"、"hint" 或 true/false。`, `Rule "${id}" must be "off", "error", "warning", "information", "hint" or true/false.`);
        }
      }
    }
  }
  if (v.era !== undefined && v.era !== 'auto') {
    if (typeof v.era === 'string' && ERAS.includes(v.era)) config.era = v.era as Era;
    else problem('"era" 应为 "legacy"、"2019"、"2021" 或 "auto"。', '"era" must be "legacy", "2019", "2021" or "auto".');
  }
  if (v.kind !== undefined && v.kind !== 'auto') {
    if (typeof v.kind === 'string' && KINDS.includes(v.kind)) config.kind = v.kind as ReportKind;
    else problem('"kind" 应为 "government"、"department" 或 "auto"。', '"kind" must be "government", "department" or "auto".');
  }
  if (v.deadlines !== undefined) readDeadlines(v.deadlines, config, problem);
  if (v.ruleOptions !== undefined) readRuleOptions(v.ruleOptions, knownOptions, config, problem);
  return { config, problems };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readRuleOptions(value: unknown, known: RuleOptionsMeta, config: NianbaoConfig, problem: (zh: string, en: string) => void): void {
  if (!isObject(value)) {
    problem('"ruleOptions" 应为对象，如 { "copied-from-last-year": { "threshold": 0.5 } }。', '"ruleOptions" must be an object such as { "copied-from-last-year": { "threshold": 0.5 } }.');
    return;
  }
  const out: Record<string, Record<string, number>> = {};
  for (const [id, options] of Object.entries(value)) {
    const metas = known[id];
    if (!metas || !isObject(options)) {
      problem(`规则 "${id}" 没有可设置的选项，已忽略。`, `Rule "${id}" has no options; ignored.`);
      continue;
    }
    for (const [name, v] of Object.entries(options)) {
      const meta = metas[name];
      if (!meta) problem(`规则 "${id}" 没有选项 "${name}"，已忽略。`, `Rule "${id}" has no option "${name}"; ignored.`);
      else if (typeof v !== 'number' || !(v >= meta.minimum && v <= meta.maximum)) {
        problem(`规则 "${id}" 的选项 "${name}" 应为 ${meta.minimum} 到 ${meta.maximum} 之间的数。`, `Option "${name}" of rule "${id}" must be a number from ${meta.minimum} to ${meta.maximum}.`);
      } else (out[id] ??= {})[name] = v;
    }
  }
  config.ruleOptions = out;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "01-31" → { month: 1, day: 31 }; undefined when it is not a real day. */
export function parseMonthDay(value: unknown): MonthDay | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{1,2})-(\d{1,2})$/.exec(value.trim());
  if (!m) return undefined;
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) return undefined;
  return { month, day };
}

function readDeadlines(value: unknown, config: NianbaoConfig, problem: (zh: string, en: string) => void): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problem('"deadlines" 应为对象，如 { "department": "01-20" }。', '"deadlines" must be an object such as { "department": "01-20" }.');
    return;
  }
  const out: LocalDeadlines = {};
  for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
    if (!(DEADLINE_KINDS as readonly string[]).includes(key)) {
      problem(`未知的期限类别 "${key}"，应为 department、government 或 township，已忽略。`, `Unknown deadline "${key}" ignored: use department, government or township.`);
      continue;
    }
    const md = parseMonthDay(raw);
    if (md) out[key as keyof LocalDeadlines] = md;
    else problem(`期限 "${key}" 应写作 "MM-DD"（次年的月、日），如 "01-20"。`, `Deadline "${key}" must be "MM-DD" (month and day of the following year), e.g. "01-20".`);
  }
  config.deadlines = out;
}

/** Later layers win: file config, then editor settings, then explicit options (CLI flags). */
export function mergeConfigs(...layers: Array<NianbaoConfig | undefined>): NianbaoConfig {
  const out: NianbaoConfig = {};
  for (const l of layers) {
    if (!l) continue;
    if (l.rules) out.rules = { ...out.rules, ...l.rules };
    if (l.era) out.era = l.era;
    if (l.kind) out.kind = l.kind;
    if (l.deadlines) out.deadlines = { ...out.deadlines, ...l.deadlines };
    if (l.ruleOptions) {
      const merged = { ...out.ruleOptions };
      for (const [id, o] of Object.entries(l.ruleOptions)) merged[id] = { ...merged[id], ...o };
      out.ruleOptions = merged;
    }
  }
  return out;
}

/** The JSON schema of `.nianbao.json`, generated from the rule metadata. */
export function configSchema(
  rules: ReadonlyArray<{ id: string; title: { zh: string; en: string }; defaultSeverity: Severity; options?: Readonly<Record<string, RuleOptionMeta>> }>,
): object {
  const withOptions = rules.filter((r) => r.options && Object.keys(r.options).length);
  const setting = { oneOf: [{ enum: ['off', 'error', 'warning', 'information', 'hint'] }, { type: 'boolean' }] };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: '.nianbao.json',
    description: '政府信息公开年报检查（nianbao）的配置 / Configuration of the nianbao checker',
    type: 'object',
    additionalProperties: false,
    properties: {
      rules: {
        type: 'object',
        description: '按规则开关或调整严重程度 / Switch rules off or change their severity',
        additionalProperties: false,
        properties: Object.fromEntries(
          rules.map((r) => [r.id, { ...setting, description: `${r.title.zh} / ${r.title.en}（默认 default: ${r.defaultSeverity}）` }]),
        ),
      },
      era: { enum: ['auto', 'legacy', '2019', '2021'], description: '报告格式 / report format era' },
      kind: { enum: ['auto', 'government', 'department'], description: '报告类别 / report kind' },
      deadlines: deadlinesSchema,
      ruleOptions: {
        type: 'object',
        description: '规则的选项 / Options of rules',
        additionalProperties: false,
        properties: Object.fromEntries(
          withOptions.map((r) => [r.id, {
            type: 'object',
            additionalProperties: false,
            properties: Object.fromEntries(Object.entries(r.options!).map(([name, o]) => [name, {
              type: 'number', minimum: o.minimum, maximum: o.maximum, default: o.default, description: `${o.description.zh} / ${o.description.en}`,
            }])),
          }]),
        ),
      },
    },
  };
}

const MONTH_DAY_PATTERN = '^(0?[1-9]|1[0-2])-(0?[1-9]|[12][0-9]|3[01])$';

/** Shared by the .nianbao.json schema and the nianbao.deadlines setting. */
export const deadlinesSchema = {
  type: 'object',
  description:
    '当地规定的年报公布期限（次年的 "MM-DD"），替代条例规定的期限，适用于2019年度及以后的报告 / Local publication deadlines ("MM-DD" of the following year) replacing the statutory ones, for reports on 2019 and later',
  additionalProperties: false,
  properties: {
    department: { type: 'string', pattern: MONTH_DAY_PATTERN, description: '人民政府部门（条例：01-31） / government departments (statutory: 01-31)' },
    government: { type: 'string', pattern: MONTH_DAY_PATTERN, description: '县级以上人民政府（条例：03-31） / county-level and higher governments (statutory: 03-31)' },
    township: { type: 'string', pattern: MONTH_DAY_PATTERN, description: '乡镇人民政府、街道办事处（条例未规定，设置后才检查） / townships and street offices (no statutory date; checked only when set)' },
  },
};
