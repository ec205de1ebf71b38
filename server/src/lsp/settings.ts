// Settings shared by the editor and the CLI (nianbao.era, nianbao.kind), read per document.
import type { Era, ParseOptions, ReportKind } from '../core';

export interface NianbaoSettings {
  era?: string;
  kind?: string;
}

const ERAS: readonly string[] = ['legacy', '2019', '2021'];
const KINDS: readonly string[] = ['government', 'department'];

export function toParseOptions(settings: NianbaoSettings | null | undefined): ParseOptions {
  const options: ParseOptions = {};
  if (settings?.era && ERAS.includes(settings.era)) options.era = settings.era as Era;
  if (settings?.kind && KINDS.includes(settings.kind)) options.kind = settings.kind as ReportKind;
  return options;
}
