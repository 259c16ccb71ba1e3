import type { AccountFields } from '../contract/accounts.js';
import type { Language } from '../i18n/languages.js';

/**
 * The built-in sample: a bank head office replacing its core banking system, bought centrally.
 * Later features add its people, opportunities and plan.
 */
export const sampleAccount: Record<Language, AccountFields> = {
  'zh-CN': {
    name: '华东联合银行（总行）',
    industry: '银行业',
    region: '华东 · 上海',
    tier: 'A',
    purchasingMode: 'centralized',
    purchasePattern: 'recurring',
    annualPotential: 48_000_000,
    currency: 'CNY',
    relationshipPhase: 'stabilize',
    strategicFit:
      '新一代核心系统是我们今年的主推方向；该行是区域标杆，拿下后可复制到长三角城商行。规模匹配：对方科技预算约 9 亿元/年。',
    clientPlan:
      '2027 年度计划：完成核心系统分布式改造一期（存贷款、总账），信创替代比例达到 60%。科技部考核指标：系统可用性 99.99%、项目按期上线。',
    procurementProcess:
      '总行统一采购：科技部立项 → 信息科技委员会审议 → 采购中心公开招标（综合评分法，技术 60 / 商务 40）→ 行长办公会审批合同。',
    notes: '前任客户经理 2025 年离职，关系需重新建立。重点关注：分管副行长年初履新。',
  },
  en: {
    name: 'East China United Bank (Head Office)',
    industry: 'Banking',
    region: 'East China · Shanghai',
    tier: 'A',
    purchasingMode: 'centralized',
    purchasePattern: 'recurring',
    annualPotential: 48_000_000,
    currency: 'CNY',
    relationshipPhase: 'stabilize',
    strategicFit:
      'Next-generation core banking is our lead offer this year; this bank is the regional benchmark and a win repeats across city banks in the Yangtze delta. Size match: their IT budget is about CNY 900 m a year.',
    clientPlan:
      '2027 plan: phase one of the distributed core (deposits, loans, general ledger); 60 % domestic-stack replacement. IT department KPIs: 99.99 % availability, projects live on schedule.',
    procurementProcess:
      'Central purchasing at head office: IT department initiates → IT committee reviews → procurement centre runs a public tender (scored 60 technical / 40 commercial) → president’s office meeting approves the contract.',
    notes: 'The previous account manager left in 2025; the relationship must be rebuilt. Watch: the new vice-president in charge took office this year.',
  },
};
