import type { TFunction } from 'i18next';
import type { BuyingRole, RelationshipLevel } from '../../../../shared/domain/people.js';

/** Map-only short forms of the key-person vocabulary; the full labels are in shared/i18n/vocabLabels. */
export const roleShort = (t: TFunction, role: BuyingRole) => t(`map.roleShort.${role}`);
/** The level in a word short enough for a card's last line. */
export const levelShort = (t: TFunction, level: RelationshipLevel) => t(`map.levelShort.${level}`);
