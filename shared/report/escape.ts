/**
 * Characters XML 1.0 forbids outright (C0 controls other than tab, newline and carriage return,
 * U+FFFE/U+FFFF) and unpaired surrogates: escaping cannot make them legal, so they are dropped.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ILLEGAL_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe inside an XML/HTML/SVG element or a quoted attribute value. */
export function escapeXml(value: string): string {
  return value.replace(ILLEGAL_XML, '').replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}
