/**
 * How Keyplan compares, searches and checks text typed by people in any language. Locale-independent on
 * purpose: the same two names are the same (or different) whatever the UI language.
 */

// Nothing to see on its own: controls (NUL…), format characters (zero-width, bidi marks, BOM), spaces,
// and the code points Unicode says to draw as nothing (Hangul fillers, variation selectors…).
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}\p{White_Space}\p{Default_Ignorable_Code_Point}]/gu;
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
// With the u flag a surrogate matches \p{Cs} only when it is not half of a pair.
const LONE_SURROGATE = /\p{Cs}/u;

/** Whether `text` shows anything at all: a name of zero-width characters, NUL or bidi marks only is empty. */
export const hasVisibleText = (text: string): boolean => text.replace(INVISIBLE, '').length > 0;

/** No lone surrogate (it cannot be stored as UTF-8) and no NUL (C strings end there). */
export const isWellFormedText = (text: string): boolean => !LONE_SURROGATE.test(text) && !text.includes('\u0000');

/**
 * The form two names are compared and searched in: NFC, without invisible characters, case-folded
 * (upper then lower case handles ß = SS and the Greek final sigma; σ and ς are one letter here).
 * Accents stay: "Émile" and "Emile" are different names.
 */
export const foldForCompare = (text: string): string =>
  text.normalize('NFC').replace(IGNORABLE, '').toUpperCase().toLowerCase().replace(/ς/g, 'σ').normalize('NFC');
