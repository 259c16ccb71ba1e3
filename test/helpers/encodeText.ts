/**
 * Text to bytes in the encodings Excel writes, for tests (TextEncoder only writes UTF-8). The
 * double-byte tables are built from TextDecoder itself: every lead and trail byte pair it decodes
 * to one character gives that character's bytes.
 */

const doubleByteTables = new Map<string, Map<string, number[]>>();

function doubleByteTable(encoding: 'gbk' | 'big5'): Map<string, number[]> {
  let table = doubleByteTables.get(encoding);
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder(encoding, { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      try {
        const char = decoder.decode(Uint8Array.from([lead, trail]));
        if ([...char].length === 1 && !table.has(char)) table.set(char, [lead, trail]);
      } catch {
        /* not a character in this encoding */
      }
    }
  }
  doubleByteTables.set(encoding, table);
  return table;
}

export type TestEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16le-bom' | 'utf-16be' | 'utf-16be-bom' | 'gbk' | 'big5' | 'windows-1252';

export function encodeText(text: string, encoding: TestEncoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new TextEncoder().encode(`\uFEFF${text}`);
    case 'utf-16le':
    case 'utf-16le-bom':
      return Uint8Array.from(Buffer.from(encoding.endsWith('bom') ? `\uFEFF${text}` : text, 'utf16le'));
    case 'utf-16be':
    case 'utf-16be-bom': {
      const le = Buffer.from(encoding.endsWith('bom') ? `\uFEFF${text}` : text, 'utf16le');
      return Uint8Array.from(le.swap16());
    }
    case 'windows-1252':
      return Uint8Array.from([...text].map((char) => {
        const code = char.codePointAt(0)!;
        if (code > 0xff || (code >= 0x80 && code < 0xa0)) throw new Error(`${char} is not in this test's Windows-1252`);
        return code;
      }));
    case 'gbk':
    case 'big5': {
      const table = doubleByteTable(encoding);
      return Uint8Array.from(
        [...text].flatMap((char) => {
          if (char.codePointAt(0)! < 0x80) return [char.codePointAt(0)!];
          const bytes = table.get(char);
          if (!bytes) throw new Error(`${char} is not in ${encoding}`);
          return bytes;
        }),
      );
    }
  }
}
