import { describe, expect, it } from 'vitest';
import { allElements, parseXml, textOf } from '../helpers/strictXml.js';

describe('the strict XML reader used by the markup tests', () => {
  it('reads elements, attributes and decoded text', () => {
    const root = parseXml(`<svg xmlns="http://www.w3.org/2000/svg" width='10'><g id="a"><text x="1">Tom &amp; Jerry &#x4e2d;&#25991; &lt;3</text></g><rect/></svg>`);
    expect(root.name).toBe('svg');
    expect(root.attrs).toEqual({ xmlns: 'http://www.w3.org/2000/svg', width: '10' });
    expect(allElements(root).map((el) => el.name)).toEqual(['svg', 'g', 'text', 'rect']);
    expect(textOf(root)).toBe('Tom & Jerry 中文 <3');
  });

  it.each([
    ['a bare ampersand', '<a>Tom & Jerry</a>', /bare '&'/],
    ['a raw < in an attribute', '<a title="x<y"/>', /raw '<'/],
    ['an unquoted attribute', '<a b=1/>', /unquoted attribute/],
    ['a duplicate attribute', '<a b="1" b="2"/>', /duplicate attribute/],
    ['attributes without a space', '<a b="1"c="2"/>', /need spaces/],
    ['a mismatched closing tag', '<a><b></a></b>', /closes/],
    ['an unclosed element', '<a><b/>', /never closed/],
    ['two roots', '<a/><b/>', /more than one root/],
    ['text outside the root', 'hi<a/>', /outside the root/],
    ['a control character', '<a>\u0001</a>', /illegal character/],
    ['a lone surrogate', '<a>\ud800</a>', /lone surrogate/],
    ['a comment', '<a><!-- x --></a>', /markup declaration/],
    ['nothing at all', '', /no root element/],
  ])('refuses %s', (_what, source, message) => {
    expect(() => parseXml(source)).toThrow(message);
  });
});
