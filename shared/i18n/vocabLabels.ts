import {
  LINK_KINDS,
  type Attitude,
  type BuyingRole,
  type Influence,
  type LinkKind,
  type RelationshipLevel,
  type Style,
} from '../domain/people.js';

/** Anything that turns a dotted i18n key into text: i18next's `t` in the UI, `englishText` elsewhere. */
export type Translate = (key: string) => string;

/** Labels of the key-person vocabulary (the `people` i18n section), in one place. */
export const roleLabel = (t: Translate, role: BuyingRole) => t(`people.roles.${role}`);
export const attitudeLabel = (t: Translate, attitude: Attitude) => t(`people.attitudes.${attitude}`);
export const relationshipLabel = (t: Translate, level: RelationshipLevel) => t(`people.relationship.${level}`);
export const styleLabel = (t: Translate, style: Style) => t(`people.styles.${style}`);
export const influenceLabel = (t: Translate, influence: Influence) => t(`people.influence.${influence}`);
export const linkKindLabel = (t: Translate, kind: LinkKind) => t(`people.linkKinds.${kind}`);

/** One label per code, keyed by the code. */
export const labelRecord = <K extends string>(keys: readonly K[], label: (key: K) => string) =>
  Object.fromEntries(keys.map((key) => [key, label(key)])) as Record<K, string>;

export const linkKindLabels = (t: Translate) => labelRecord(LINK_KINDS, (kind) => linkKindLabel(t, kind));
