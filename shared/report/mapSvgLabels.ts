import { ATTITUDES, BUYING_ROLES, INFLUENCES, RELATIONSHIP_LEVELS, STYLES } from '../domain/people.js';
import {
  attitudeLabel,
  influenceLabel,
  labelRecord,
  linkKindLabels,
  relationshipLabel,
  roleLabel,
  styleLabel,
  type Translate,
} from '../i18n/vocabLabels.js';
import type { MapSvgLabels } from './mapSvg.js';

/** Every label the SVG map draws, in the language of `t`. */
export const mapSvgLabels = (t: Translate, title: string): MapSvgLabels => ({
  roles: labelRecord(BUYING_ROLES, (r) => roleLabel(t, r)),
  attitudes: labelRecord(ATTITUDES, (a) => attitudeLabel(t, a)),
  relationship: labelRecord(RELATIONSHIP_LEVELS, (l) => relationshipLabel(t, l)),
  influence: labelRecord(INFLUENCES, (i) => influenceLabel(t, i)),
  linkKinds: linkKindLabels(t),
  reportsTo: t('map.legend.reportsTo'),
  title,
  unowned: t('map.legend.unowned'),
  styles: labelRecord(STYLES, (s) => styleLabel(t, s)),
  marks: { coach: t('map.legend.coach'), champion: t('map.legend.champion') },
  onTarget: t('map.legend.onTarget'),
  noPains: t('map.card.noPains'),
  target: t('map.legend.targetRing'),
});
