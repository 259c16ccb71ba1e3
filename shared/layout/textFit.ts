/** Text measuring without a DOM: widths are estimated (wide CJK glyphs ≈ 1em, others ≈ 0.6em). */

const isWide = (cp: number) =>
  (cp >= 0x1100 && cp <= 0x115f) ||
  (cp >= 0x2e80 && cp <= 0xa4cf) ||
  (cp >= 0xac00 && cp <= 0xd7a3) ||
  (cp >= 0xf900 && cp <= 0xfaff) ||
  (cp >= 0xfe30 && cp <= 0xfe4f) ||
  (cp >= 0xff00 && cp <= 0xff60) ||
  (cp >= 0xffe0 && cp <= 0xffe6) ||
  (cp >= 0x1f300 && cp <= 0x1faff) ||
  (cp >= 0x20000 && cp <= 0x3fffd);

const charWidth = (ch: string, size: number) => (isWide(ch.codePointAt(0)!) ? size : size * 0.6);
export const textWidth = (text: string, size: number) => Array.from(text).reduce((sum, ch) => sum + charWidth(ch, size), 0);

/** One line of text cut with '…' to fit `max` pixels; whitespace runs (and newlines) become one space. */
export function fitText(text: string, size: number, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (textWidth(line, size) <= max) return line;
  const room = max - charWidth('…', size);
  let width = 0;
  let out = '';
  for (const ch of line) {
    width += charWidth(ch, size);
    if (width > room) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

/**
 * Text broken into at most `lines` lines of `max` pixels: at spaces, or between any two wide (CJK)
 * characters; a word too long for a line is broken inside it. What still does not fit ends the last
 * line with '…'.
 */
export function wrapText(text: string, size: number, max: number, lines: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().match(/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+\s?|\s/g);
  if (!words || lines < 1) return [];
  const out: string[] = [];
  let line = '';
  const push = () => {
    out.push(line.trimEnd());
    line = '';
  };
  for (const word of words) {
    if (textWidth((line + word).trimEnd(), size) <= max) {
      line += word;
      continue;
    }
    if (line.trim()) push();
    // A word wider than a whole line: broken where it must.
    let rest = word;
    while (textWidth(rest.trimEnd(), size) > max) {
      let cut = '';
      for (const ch of rest) {
        if (textWidth(cut + ch, size) > max) break;
        cut += ch;
      }
      line = cut;
      push();
      rest = rest.slice(cut.length);
    }
    line = rest.trimStart();
  }
  if (line.trim()) push();
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = fitText(`${kept[lines - 1]} ${out.slice(lines).join(' ')}`, size, max);
  return kept;
}
