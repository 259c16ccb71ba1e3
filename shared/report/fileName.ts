/** A file name from a user's text, safe on every desktop file system (no path separators, controls or reserved characters). */
export function safeFileName(text: string, fallback = 'keyplan'): string {
  const safe = Array.from(text, (ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? '_' : ch))
    .join('')
    .replace(/_+/g, '_')
    .trim()
    .slice(0, 80);
  return safe || fallback;
}
