import type { TFunction } from 'i18next';
import type { Attitude, BuyingRole, Influence, RelationshipLevel, Style } from '../../../../shared/domain/people.js';

/** Labels of the key-person vocabulary (the `people` i18n section), in one place. */
export const roleLabel = (t: TFunction, role: BuyingRole) => t(`people.roles.${role}`);
export const attitudeLabel = (t: TFunction, attitude: Attitude) => t(`people.attitudes.${attitude}`);
export const relationshipLabel = (t: TFunction, level: RelationshipLevel) => t(`people.relationship.${level}`);
export const styleLabel = (t: TFunction, style: Style) => t(`people.styles.${style}`);
export const influenceLabel = (t: TFunction, influence: Influence) => t(`people.influence.${influence}`);
