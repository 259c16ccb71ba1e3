import { ATTITUDES, BUYING_ROLES, INFLUENCES, RELATIONSHIP_LEVELS } from '../domain/people.js';
import {
  attitudeLabel,
  influenceLabel,
  labelRecord,
  linkKindLabels,
  relationshipLabel,
  roleLabel,
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
});
