// The VS Code settings (nianbao.era, nianbao.kind, nianbao.rules, nianbao.deadlines) as a configuration layer.
import { readConfig, RULES, type NianbaoConfig } from '../core';

export interface NianbaoSettings {
  era?: string;
  kind?: string;
  rules?: Record<string, unknown>;
  deadlines?: Record<string, unknown>;
}

export function settingsToConfig(settings: NianbaoSettings | null | undefined): NianbaoConfig {
  if (!settings) return {};
  // Invalid entries are dropped; VS Code's settings editor already validates against the schema.
  return readConfig({ era: settings.era, kind: settings.kind, rules: settings.rules ?? {}, deadlines: settings.deadlines ?? {} }, RULES.map((r) => r.meta.id)).config;
}
