// Fixtures of the date-rule tests: the example reports in examples/ and every real report in ../shared.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listShared, readShared } from '../fixtures';
import { findingsOf, type Found } from './helpers';

const root = path.join(__dirname, '..', '..', '..');

export const EXAMPLE_2024 = '青禾县人民政府2024年政府信息公开工作年度报告.md';
export const EXAMPLE_2017 = '青禾县自然资源局2017年政府信息公开工作年度报告.txt';

export function readExample(name: string): string {
  return fs.readFileSync(path.join(root, 'examples', name), 'utf8');
}

/** Every shared report as [label, text]: the five seeds and the nine corpus files. */
export function sharedReports(): Array<[string, string]> {
  return [
    ...listShared('seeds').map((f): [string, string] => [`seeds/${f}`, readShared('seeds', f)]),
    ...listShared('corpus').map((f): [string, string] => [`corpus/${f}`, readShared('corpus', f)]),
  ];
}

/** [1-based line, severity] of each finding, in document order. */
export function lineSeverity(found: Found[]): Array<[number, string]> {
  return found.map((f) => [f.line, f.severity]);
}

export { findingsOf };
