// Tokenizes text with the extension's TextMate grammar (syntaxes/nianbao.tmLanguage.json), the way VS Code does:
// vscode-textmate on the Oniguruma WebAssembly build.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

export const GRAMMAR_PATH = path.join(__dirname, '..', '..', 'syntaxes', 'nianbao.tmLanguage.json');

export interface Token {
  start: number;
  end: number;
  text: string;
  scopes: string[];
}

let grammar: Promise<textmate.IGrammar> | undefined;

async function load(): Promise<textmate.IGrammar> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === 'text.nianbao' ? textmate.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
  });
  const g = await registry.loadGrammar('text.nianbao');
  if (!g) throw new Error('text.nianbao did not load');
  return g;
}

/** The tokens of every line of `text` (split at \n or \r\n), carrying the rule stack from line to line. */
export async function tokenizeLines(text: string): Promise<Token[][]> {
  grammar ??= load();
  const g = await grammar;
  let stack = textmate.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const r = g.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens.map((t) => ({ start: t.startIndex, end: Math.min(t.endIndex, line.length), text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The scopes that cover every character of `part` where it first occurs in `tokens`' line (after `from`). */
export function scopesOf(tokens: Token[], part: string, from = 0): string[] {
  const line = tokens.map((t) => t.text).join('');
  const at = line.indexOf(part, from);
  if (at < 0) throw new Error(`"${part}" is not on the line "${line}"`);
  const covering = tokens.filter((t) => t.start < at + part.length && t.end > at);
  return covering.reduce<string[]>((common, t) => common.filter((s) => t.scopes.includes(s)), covering[0].scopes);
}

/** Whether some character of the line carries a scope starting with `prefix`. */
export function lineHasScope(tokens: Token[], prefix: string): boolean {
  return tokens.some((t) => t.scopes.some((s) => s === prefix || s.startsWith(`${prefix}.`)));
}
