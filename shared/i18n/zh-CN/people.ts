/**
 * Chinese (zh-CN) strings of the people vocabulary: buying roles, attitudes, relationship, styles, influence, link kinds.
 * Typed against en/people.ts: a missing or extra key does not compile.
 */
import type { Messages } from '../en/index.js';

export const people: Messages['people'] = {
  roles: {
    decision_maker: '决策者',
    economic_buyer: '预算负责人',
    technical_evaluator: '技术评估',
    user: '使用者',
    coach: '向导',
    influencer: '影响者',
    gatekeeper: '把关者',
    approver: '审批',
  },
  attitudes: { champion: '拥护者', supporter: '支持', neutral: '中立', opponent: '反对', unknown: '未知' },
  relationship: { none: '无', acquainted: '认识', meeting: '约会', trusted: '信赖', ally: '同盟' },
  styles: { analytical: '分析型', amiable: '亲切型', expressive: '表现型', driver: '进取型' },
  influence: { high: '高', medium: '中', low: '低' },
  linkKinds: {
    dotted_reports_to: '虚线汇报',
    influences: '影响',
    decision_flow: '决策步骤',
    pain_chain: '痛苦链',
    ally: '盟友',
    conflict: '冲突',
  },
};
