// Reading the parsed XML of a .docx (fast-xml-parser's ordered form: each node is { tag: children, ':@': attributes }).
export type XmlNode = Record<string, unknown>;

const ATTRS = ':@';
export const tagOf = (node: XmlNode) => Object.keys(node).find((k) => k !== ATTRS) ?? '';
export const childrenOf = (node: XmlNode): XmlNode[] => (node[tagOf(node)] as XmlNode[] | undefined) ?? [];
export const attr = (node: XmlNode | undefined, name: string): string | undefined =>
  (node?.[ATTRS] as Record<string, string> | undefined)?.[name];
export const child = (node: XmlNode | undefined, tag: string) => (node ? childrenOf(node).find((c) => tagOf(c) === tag) : undefined);
export function find(nodes: XmlNode[], tag: string): XmlNode | undefined {
  for (const n of nodes) {
    if (tagOf(n) === tag) return n;
    const found = find(childrenOf(n), tag);
    if (found) return found;
  }
  return undefined;
}
