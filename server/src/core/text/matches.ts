// Every match of a global regex in a string, as String.prototype.matchAll gives them but without its
// per-call copy of the regex (about half a microsecond each): rules and analyses call it once per line,
// paragraph or sentence, thousands of times per document.

/** The matches of `re` (which must have the g flag) in `s`, in order; an empty match advances by one. */
export function matchesOf(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}
