// The core: pure functions over a string. Nothing here knows about VS Code, LSP or the file system.
export * from './model';
export { parseDocument, DEFAULT_MAX_LENGTH } from './parse/document';
export { positionAt, offsetAt, computeLineStarts } from './text/lines';
export { outlineOf, reportName, reportDetail, isNewReport, inferredEraName, inferredKindName, type OutlineNode } from './outline';
export { describeDocument } from './describe';
export { ERA_NAMES, KIND_NAMES, TABLE_NAMES } from './format/names';
export { collectFindings } from './check';
export { limitFindings, DEFAULT_MAX_FINDINGS, FINDINGS_LIMIT_ID } from './limitFindings';
export { localize, type Finding, type Fix, type TextEdit, type Severity, type Language, type RelatedSpan } from './findings';
export { fixesFor, disableFixes, documentFixes, safeFixEdits, applyEdits, compatibleEdits } from './fixes';
export { looksLikeReport, DETECTION_LINE_COUNT } from './detect';
export { readConfig, mergeConfigs, configSchema, deadlinesSchema, parseMonthDay, CONFIG_FILE_NAME, type NianbaoConfig, type RuleSetting, type LocalDeadlines, type MonthDay } from './config';
export { RULES, ruleById } from './rules/registry';
export * from './templates';
export { completionsAt, type CompletionEntry } from './completion';
export { hoverAt, type Hover, type HoverContext } from './hover';
export { signatureTiming, trustedReportYear, type SignatureTiming, type Deadline } from './analysis/deadlines';
