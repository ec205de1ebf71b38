// The configuration shared by the editor and the CLI: a `.nianbao.json` file found by walking up from
// the report, and the VS Code settings of the same names. Pure: callers read the files.
import type { Severity } from './findings';
import type { Era, ReportKind } from './model';

export type RuleSetting = Severity | 'off' | boolean;

export interface NianbaoConfig {
  /** Per rule id: "off"/false disables it, a severity replaces its default, true keeps the default. */
  rules?: Record<string, RuleSetting>;
  era?: Era;
  kind?: ReportKind;
}

export const CONFIG_FILE_NAME = '.nianbao.json';

const SEVERITIES: readonly string[] = ['error', 'warning', 'information', 'hint'];
const ERAS: readonly string[] = ['legacy', '2019', '2021'];
const KINDS: readonly string[] = ['government', 'department'];

export interface ConfigProblem {
  message: { zh: string; en: string };
}

/** Validates a parsed JSON value; unknown or wrong entries are dropped and reported, never thrown. */
export function readConfig(value: unknown, knownRules: readonly string[]): { config: NianbaoConfig; problems: ConfigProblem[] } {
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
  return { config, problems };
}

/** Later layers win: file config, then editor settings, then explicit options (CLI flags). */
export function mergeConfigs(...layers: Array<NianbaoConfig | undefined>): NianbaoConfig {
  const out: NianbaoConfig = {};
  for (const l of layers) {
    if (!l) continue;
    if (l.rules) out.rules = { ...out.rules, ...l.rules };
    if (l.era) out.era = l.era;
    if (l.kind) out.kind = l.kind;
  }
  return out;
}

/** The JSON schema of `.nianbao.json`, generated from the rule metadata. */
export function configSchema(rules: ReadonlyArray<{ id: string; title: { zh: string; en: string }; defaultSeverity: Severity }>): object {
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
    },
  };
}
