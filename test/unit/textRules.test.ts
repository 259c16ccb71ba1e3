import { describe, expect, it } from 'vitest';
import { fieldErrorKeys } from '../../shared/contract/fieldErrors.js';
import { longText, shortText } from '../../shared/contract/common.js';
import { accountFields, emptyAccountFields, emptyPersonFields, personFields, teamMemberFields } from '../../shared/contract/index.js';
import { foldForCompare, hasVisibleText, isWellFormedText } from '../../shared/domain/text.js';

const NFD_CAFE = 'Cafe\u0301';
const NFC_CAFE = 'Caf\u00e9';

describe('foldForCompare', () => {
  it.each([
    ['Émile SA', 'émile sa'],
    ['ΣΟΦΙΑ', 'σοφια'],
    ['ΟΔΥΣΣΕΥΣ', 'οδυσσευσ'],
    ['Straße', 'STRASSE'],
    [NFD_CAFE, NFC_CAFE],
    ['ÅNGSTRÖM', 'ångström'],
    ['Acme\u200b Corp', 'acme corp'],
    ['ДМИТРИЙ', 'дмитрий'],
  ])('%s and %s are the same name', (a, b) => {
    expect(foldForCompare(a)).toBe(foldForCompare(b));
  });

  it.each([
    ['Émile', 'Emile'],
    ['华东银行', '华南银行'],
    ['Site 2', 'Site 10'],
  ])('%s and %s stay different', (a, b) => {
    expect(foldForCompare(a)).not.toBe(foldForCompare(b));
  });

  it('finds a part of a name whatever its case or normal form', () => {
    expect(foldForCompare('Émile SA').includes(foldForCompare('émile'))).toBe(true);
    expect(foldForCompare(`Le ${NFC_CAFE} du coin`).includes(foldForCompare(NFD_CAFE.toUpperCase()))).toBe(true);
  });
});

describe('hasVisibleText and isWellFormedText', () => {
  it.each(['\u200b', '\u200b\u200c\u200d\u2060', '\u0000', '\u0000\u0001\u001f', '\u200e\u200f\u202a\u202e\u2066', '\ufeff', '\u00ad', '\u3164', ' \u3000\t'])(
    '%j shows nothing',
    (text) => expect(hasVisibleText(text)).toBe(false),
  );

  it.each(['a', '王', '😀', 'a\u200b', '\u202eevil'])('%j shows something', (text) => expect(hasVisibleText(text)).toBe(true));

  it('refuses lone surrogates and NUL, accepts pairs', () => {
    expect(isWellFormedText('😀 𠜎')).toBe(true);
    for (const text of ['\ud800', 'a\udc00b', 'end\ud83d', 'nul\u0000inside']) expect(isWellFormedText(text)).toBe(false);
  });
});

describe('the contract’s text fields', () => {
  it('store NFC', () => {
    expect(shortText.parse(` ${NFD_CAFE} `)).toBe(NFC_CAFE);
    expect(longText.parse(NFD_CAFE)).toBe(NFC_CAFE);
    expect(accountFields.parse({ ...emptyAccountFields, name: NFD_CAFE }).name).toBe(NFC_CAFE);
  });

  it('refuse ill-formed text with errors.text', () => {
    expect(shortText.safeParse('\ud800').error!.issues[0]!.message).toBe('errors.text');
    expect(fieldErrorKeys(personFields.safeParse({ ...emptyPersonFields, name: 'Ada', notes: 'x\udfff' }).error!.issues)).toEqual({ notes: 'errors.text' });
    expect(fieldErrorKeys(accountFields.safeParse({ ...emptyAccountFields, name: 'Bad \ud800 name' }).error!.issues)).toEqual({ name: 'errors.text' });
  });

  it.each(['\u200b\u200b', '\u0000', '\u200f\u202e', '\ufeff ', '\u3164'])('refuse a name of only %j with errors.required', (name) => {
    expect(fieldErrorKeys(accountFields.safeParse({ ...emptyAccountFields, name }).error!.issues)).toEqual({ name: 'errors.required' });
    expect(fieldErrorKeys(personFields.safeParse({ ...emptyPersonFields, name }).error!.issues)).toEqual({ name: 'errors.required' });
    expect(fieldErrorKeys(teamMemberFields.safeParse({ name, role: '' }).error!.issues)).toEqual({ name: 'errors.required' });
  });
});
