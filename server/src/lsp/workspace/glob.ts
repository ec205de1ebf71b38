// Glob patterns as VS Code writes them in settings (files.exclude, nianbao.workspace.include/exclude), matched
// against paths relative to a workspace folder with "/" separators: `**` any number of folders, `*` and `?`
// within one name, `{a,b}` alternatives, `[abc]`/`[!abc]` character classes.

/** The regular expression for `glob`; a pattern that matches a folder also matches everything under it. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let braces = 0;
  const g = glob.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*') {
      if (g[i + 1] === '*') {
        // "**/" matches zero or more folders; a trailing "**" anything.
        const slashAfter = g[i + 2] === '/';
        re += slashAfter ? '(?:[^/]*/)*' : '.*';
        i += slashAfter ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) re += '|';
    else if (c === '[') {
      const end = g.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        const body = g.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = end;
      }
    } else re += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${re}(?:/.*)?$`, 'u');
}

/** Matches a relative path ("a/b.txt") against any of the patterns; no pattern matches nothing. */
export function globMatcher(patterns: readonly string[]): (relativePath: string) => boolean {
  const res = patterns.filter((p) => typeof p === 'string' && p.trim()).map((p) => globToRegExp(p.trim()));
  return (relativePath) => res.some((re) => re.test(relativePath));
}
