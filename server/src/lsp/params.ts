// Checks the shape of a request's params before a handler uses them, so that a malformed request is
// answered with InvalidParams (−32602) and a message a person can act on, not an internal TypeError.
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';

/** The parts of a request's params a handler relies on. */
type Part = 'textDocument' | 'position' | 'range' | 'context';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isUinteger = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isPosition = (v: unknown) => isObject(v) && isUinteger(v.line) && isUinteger(v.character);

const EXPECTED: Record<Part, { ok: (v: unknown) => boolean; zh: string; en: string }> = {
  textDocument: {
    ok: (v) => isObject(v) && typeof v.uri === 'string',
    zh: 'textDocument 应为 { uri: 字符串 }',
    en: 'textDocument must be { uri: string }',
  },
  position: {
    ok: isPosition,
    zh: 'position 应为 { line, character }，均为非负整数',
    en: 'position must be { line, character }, both non-negative integers',
  },
  range: {
    ok: (v) => isObject(v) && isPosition(v.start) && isPosition(v.end),
    zh: 'range 应为 { start, end }，均为位置',
    en: 'range must be { start, end }, both positions',
  },
  context: {
    ok: (v) => isObject(v) && Array.isArray(v.diagnostics) && (v.only === undefined || (Array.isArray(v.only) && v.only.every((k) => typeof k === 'string'))),
    zh: 'context 应为 { diagnostics: 数组, only?: 字符串数组 }',
    en: 'context must be { diagnostics: array, only?: string array }',
  },
};

/** Throws InvalidParams unless `params` is an object with every one of `parts` well formed. */
export function checkParams(method: string, params: unknown, ...parts: Part[]): void {
  const invalid = (zh: string, en: string) => new ResponseError(ErrorCodes.InvalidParams, `参数无效 / invalid params (${method}): ${zh} / ${en}`);
  if (!isObject(params)) throw invalid('参数应为对象', 'params must be an object');
  for (const part of parts) {
    const expected = EXPECTED[part];
    if (!expected.ok(params[part])) throw invalid(expected.zh, expected.en);
  }
}
