// The VS Code settings (nianbao.era, nianbao.kind, nianbao.rules, nianbao.deadlines) as a configuration layer,
// and nianbao.maxDiagnostics, which only the editor has.
import { DEFAULT_MAX_FINDINGS, readConfig, RULES, type NianbaoConfig } from '../core';

export interface NianbaoSettings {
  era?: string;
  kind?: string;
  rules?: Record<string, unknown>;
  deadlines?: Record<string, unknown>;
  maxDiagnostics?: unknown;
}

export function settingsToConfig(settings: NianbaoSettings | null | undefined): NianbaoConfig {
  if (!settings) return {};
  // Invalid entries are dropped; VS Code's settings editor already validates against the schema.
  return readConfig({ era: settings.era, kind: settings.kind, rules: settings.rules ?? {}, deadlines: settings.deadlines ?? {} }, RULES.map((r) => r.meta.id)).config;
}

/** At most this many diagnostics per document (0: no limit); anything but a whole number ≥ 0 gives the default. */
export function maxDiagnosticsOf(settings: NianbaoSettings | null | undefined): number {
  const value = settings?.maxDiagnostics;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : DEFAULT_MAX_FINDINGS;
}
