/** The key-person vocabulary (docs/domain.md, "Stakeholders"). Values are stable codes; labels live in i18n. */

export const BUYING_ROLES = [
  'decision_maker', // 决策者
  'economic_buyer', // budget owner
  'technical_evaluator', // 技术评估
  'user', // 使用者
  'coach', // 向导
  'influencer', // 影响者
  'gatekeeper',
  'approver', // 审批
] as const;
export type BuyingRole = (typeof BUYING_ROLES)[number];

export const ATTITUDES = ['champion', 'supporter', 'neutral', 'opponent', 'unknown'] as const;
export type Attitude = (typeof ATTITUDES)[number];

/** Ordered: none → 认识 → 约会 → 信赖 → 同盟. */
export const RELATIONSHIP_LEVELS = ['none', 'acquainted', 'meeting', 'trusted', 'ally'] as const;
export type RelationshipLevel = (typeof RELATIONSHIP_LEVELS)[number];
export const relationshipRank = (level: RelationshipLevel): number => RELATIONSHIP_LEVELS.indexOf(level);
/** The levels a target can be set to. A target of 'none' is no goal at all: having none is a null target. */
export const TARGET_RELATIONSHIP_CHOICES = RELATIONSHIP_LEVELS.filter((level): level is Exclude<RelationshipLevel, 'none'> => level !== 'none');

/** 客户行为类型: 分析型, 亲切型, 表现型, 进取型. */
export const STYLES = ['analytical', 'amiable', 'expressive', 'driver'] as const;
export type Style = (typeof STYLES)[number];

export const INFLUENCES = ['high', 'medium', 'low'] as const;
export type Influence = (typeof INFLUENCES)[number];

/**
 * Kinds of link between two people. Solid reporting lines are not links: they are each person's
 * `reportsToId` (one manager, no cycles), so the org chart has a single source of truth.
 */
export const LINK_KINDS = ['dotted_reports_to', 'influences', 'decision_flow', 'pain_chain', 'ally', 'conflict'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** Kinds drawn with a direction (source → target); ally and conflict are mutual. */
export const DIRECTED_LINK_KINDS: readonly LinkKind[] = ['dotted_reports_to', 'influences', 'decision_flow', 'pain_chain'];

export const PERSON_TEXT_MAX = 200;
export const DECISION_STEP_MAX = 99;
export const MOVE_BATCH_MAX = 10_000;

/** At 信赖 (trusted) or 同盟 (ally): someone who can open doors for us. */
export const isTrustedOrAbove = (level: RelationshipLevel): boolean => relationshipRank(level) >= relationshipRank('trusted');

/** Below the relationship the user set as their target (false when no target is set). */
export const isBelowTarget = (p: { relationship: RelationshipLevel; targetRelationship: RelationshipLevel | null }): boolean =>
  p.targetRelationship !== null && relationshipRank(p.relationship) < relationshipRank(p.targetRelationship);

/**
 * Whether we still need a way in to someone, and to what level: below their target, or (without a
 * target) not yet at 信赖. Someone already trusted needs no introduction, only a deeper relationship.
 */
export type WayInNeed = { kind: 'none' } | { kind: 'direct' | 'introduction'; target: RelationshipLevel };

export function wayInNeed(p: { relationship: RelationshipLevel; targetRelationship: RelationshipLevel | null }): WayInNeed {
  const needed = isBelowTarget(p) || (p.targetRelationship === null && !isTrustedOrAbove(p.relationship));
  if (!needed) return { kind: 'none' };
  const target = p.targetRelationship && relationshipRank(p.targetRelationship) > relationshipRank(p.relationship) ? p.targetRelationship : 'trusted';
  return { kind: isTrustedOrAbove(p.relationship) ? 'direct' : 'introduction', target };
}
