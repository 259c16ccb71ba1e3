import type { TFunction } from 'i18next';
import type { MapSvgLabels } from '../../../../shared/report/mapSvg.js';
import {
  ATTITUDES,
  BUYING_ROLES,
  INFLUENCES,
  LINK_KINDS,
  RELATIONSHIP_LEVELS,
  type Attitude,
  type BuyingRole,
  type Influence,
  type LinkKind,
  type RelationshipLevel,
  type Style,
} from '../../../../shared/domain/people.js';

/** Labels of the key-person vocabulary (the shared `people` i18n section) as the map uses them. */
export const roleLabel = (t: TFunction, role: BuyingRole) => t(`people.roles.${role}`);
export const roleShort = (t: TFunction, role: BuyingRole) => t(`map.roleShort.${role}`);
export const attitudeLabel = (t: TFunction, attitude: Attitude) => t(`people.attitudes.${attitude}`);
export const relationshipLabel = (t: TFunction, level: RelationshipLevel) => t(`people.relationship.${level}`);
/** The level in a word short enough for a card's last line. */
export const levelShort = (t: TFunction, level: RelationshipLevel) => t(`map.levelShort.${level}`);
export const styleLabel = (t: TFunction, style: Style) => t(`people.styles.${style}`);
export const influenceLabel = (t: TFunction, influence: Influence) => t(`people.influence.${influence}`);
export const linkKindLabel = (t: TFunction, kind: LinkKind) => t(`people.linkKinds.${kind}`);

const record = <K extends string>(keys: readonly K[], label: (key: K) => string) =>
  Object.fromEntries(keys.map((key) => [key, label(key)])) as Record<K, string>;

export const linkKindLabels = (t: TFunction) => record(LINK_KINDS, (kind) => linkKindLabel(t, kind));

/** Every label the SVG export draws, in the UI language. */
export const svgLabels = (t: TFunction, title: string): MapSvgLabels => ({
  roles: record(BUYING_ROLES, (r) => roleLabel(t, r)),
  attitudes: record(ATTITUDES, (a) => attitudeLabel(t, a)),
  relationship: record(RELATIONSHIP_LEVELS, (l) => relationshipLabel(t, l)),
  influence: record(INFLUENCES, (i) => influenceLabel(t, i)),
  linkKinds: linkKindLabels(t),
  reportsTo: t('map.legend.reportsTo'),
  title,
  unowned: t('map.legend.unowned'),
});
