/**
 * A strict little XML reader for tests of generated SVG and report markup: it throws on anything
 * that is not well-formed (unescaped `<` or `&`, unquoted or duplicate attributes, mismatched or
 * unclosed tags, characters XML forbids, lone surrogates), so a test that parses output also checks
 * that a browser or PDF tool will read it.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITY = /^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;
const ENTITY_VALUES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  let out = '';
  for (let i = 0; i < raw.length; ) {
    const ch = raw[i]!;
    if (ch === '<') throw new Error(`raw '<' in ${where}`);
    if (ch === '&') {
      const match = ENTITY.exec(raw.slice(i));
      if (!match) throw new Error(`bare '&' in ${where}: ${raw.slice(i, i + 12)}`);
      const body = match[1]!;
      out += body.startsWith('#x') ? String.fromCodePoint(parseInt(body.slice(2), 16)) : body.startsWith('#') ? String.fromCodePoint(Number(body.slice(1))) : ENTITY_VALUES[body];
      i += match[0].length;
      continue;
    }
    const code = ch.charCodeAt(0);
    if ((code < 0x20 && ch !== '\t' && ch !== '\n' && ch !== '\r') || code === 0xfffe || code === 0xffff) throw new Error(`illegal character U+${code.toString(16)} in ${where}`);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = raw.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) throw new Error(`lone surrogate in ${where}`);
      out += raw.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) throw new Error(`lone surrogate in ${where}`);
    out += ch;
    i++;
  }
  return out;
}

/** Parses one XML document (no declaration, comments or doctype) into its root element, or throws saying what is wrong. */
export function parseXml(source: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const skipSpace = () => {
    while (/\s/.test(source[i] ?? '')) i++;
  };
  while (i < source.length) {
    if (source[i] !== '<') {
      const end = source.indexOf('<', i);
      const raw = source.slice(i, end === -1 ? source.length : end);
      const parent = stack.at(-1);
      if (!parent) {
        if (raw.trim()) throw new Error('text outside the root element');
      } else parent.children.push(decode(raw, `text of <${parent.name}>`));
      i = end === -1 ? source.length : end;
      continue;
    }
    if (source.startsWith('</', i)) {
      i += 2;
      const name = NAME.exec(source.slice(i))?.[0];
      if (!name) throw new Error('bad closing tag');
      i += name.length;
      skipSpace();
      if (source[i] !== '>') throw new Error(`unterminated </${name}`);
      i++;
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}>`);
      continue;
    }
    if (source.startsWith('<!--', i) || source.startsWith('<?', i) || source.startsWith('<!', i)) throw new Error('unexpected markup declaration');
    i++;
    const name = NAME.exec(source.slice(i))?.[0];
    if (!name) throw new Error(`bad tag at ${i}`);
    i += name.length;
    const element: XmlElement = { name, attrs: {}, children: [] };
    for (;;) {
      const before = i;
      skipSpace();
      if (source.startsWith('/>', i) || source[i] === '>') break;
      if (i === before) throw new Error(`attributes of <${name}> need spaces between them`);
      const attr = NAME.exec(source.slice(i))?.[0];
      if (!attr) throw new Error(`bad attribute in <${name}>: ${source.slice(i, i + 20)}`);
      i += attr.length;
      if (source[i] !== '=' || (source[i + 1] !== '"' && source[i + 1] !== "'")) throw new Error(`unquoted attribute ${attr} in <${name}>`);
      const quote = source[i + 1]!;
      const end = source.indexOf(quote, i + 2);
      if (end === -1) throw new Error(`unterminated attribute ${attr}`);
      if (attr in element.attrs) throw new Error(`duplicate attribute ${attr} in <${name}>`);
      element.attrs[attr] = decode(source.slice(i + 2, end), `attribute ${attr} of <${name}>`);
      i = end + 1;
    }
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else if (root) throw new Error('more than one root element');
    else root = element;
    if (source.startsWith('/>', i)) i += 2;
    else {
      i++;
      stack.push(element);
    }
  }
  if (stack.length) throw new Error(`<${stack.at(-1)!.name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

/** The element and everything inside it, in document order. */
export const allElements = (el: XmlElement): XmlElement[] => [el, ...el.children.flatMap((c) => (typeof c === 'string' ? [] : allElements(c)))];
/** All the text inside an element, decoded. */
export const textOf = (el: XmlElement): string => el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
