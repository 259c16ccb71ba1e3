/**
 * Chinese (zh-CN) strings of opportunities (销售机会), their scorecards, negotiation plans and the whitespace grid.
 * Typed against en/opportunities.ts: a missing or extra key does not compile.
 */
import type { Messages } from '../en/index.js';

export const opportunities: Messages['opportunities'] = {
  statuses: { open: '进行中', won: '赢单', lost: '丢单', abandoned: '放弃' },
  stages: {
    development: '客户开发',
    initiation: '立项',
    proposal: '提案',
    tender: '招投标',
    negotiation: '商务谈判',
    implementation: '工程实施',
  },
  competitorPositions: { incumbent: '现有供应商', shortlisted: '已入围', challenger: '挑战者', eliminated: '已出局', other: '其他' },
  whitespaceStatuses: { sold: '已售', in_progress: '进行中', potential: '潜在机会', not_relevant: '不相关', competitor: '竞争对手占有' },
  /** The name of a copied scorecard template, unless the user gives one. */
  copyName: '{{name}}（副本）',
  errors: {
    date: '请输入有效日期（YYYY-MM-DD）。',
    notFound: '该销售机会不存在（可能已被删除）。',
    reasonRequired: '赢单、丢单或放弃的销售机会需要填写原因。',
    otherAccount: '此人属于其他客户。',
    influenceNotFound: '该购买影响者不存在（可能已被移除）。',
    duplicateInfluence: '{{name}} 已经参与此销售机会。',
    competitorNotFound: '该竞争对手不存在（可能已被删除）。',
    templateNotFound: '该评分模板不存在（可能已被删除）。',
    templateVersionNotFound: '该模板没有第 {{version}} 版。',
    builtInReadOnly: '内置模板不能修改或删除；请复制一份再编辑。',
    assessmentNotFound: '该评估不存在（可能已被删除）。',
    offeringNotFound: '该产品/服务不存在（可能已被删除）。',
    duplicateOffering: '已有名为“{{name}}”的产品/服务。',
    unitNotFound: '该单位不存在（可能已被移除）。',
    duplicateUnit: '该客户已有名为“{{name}}”的单位。',
    cellNeedsOpportunity: '“进行中”的单元格需要关联此客户的一个销售机会。',
    cellNeedsCompetitor: '请填写占有该业务的竞争对手。',
    opportunityOtherAccount: '该销售机会属于其他客户。',
  },
};
