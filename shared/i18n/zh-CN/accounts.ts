/**
 * Chinese (zh-CN) strings of the account list and the account profile form.
 * Typed against en/accounts.ts: a missing or extra key does not compile.
 */
import type { Messages } from '../en/index.js';

export const accounts: Messages['accounts'] = {
  title: '客户',
  new: '新建客户',
  edit: '编辑客户',
  searchLabel: '按名称搜索客户',
  searchPlaceholder: '按名称搜索…',
  filterTier: '客户等级',
  filterPhase: '关系阶段',
  filterStatus: '显示',
  sortBy: '排序',
  direction: '顺序',
  asc: '升序',
  desc: '降序',
  allTiers: '全部等级',
  allPhases: '全部阶段',
  status: { active: '在跟进', archived: '已归档', all: '全部' },
  sort: { name: '名称', updated: '最近更新', potential: '年度潜力', tier: '等级' },
  count_one: '{{count}} 个客户',
  count_other: '{{count}} 个客户',
  emptyTitle: '还没有客户',
  emptyBody: '新建第一个大客户，或载入一个真实感的示例客户先看看。',
  noMatch: '没有符合筛选条件的客户。',
  loadSample: '载入示例客户',
  sampleLoaded: '示例客户已载入。',
  sampleOpened: '示例客户已在工作区中，已为你打开。',
  loadSampleHint: '一家真实感的银行总行，含 22 位关键人物，供你了解功能（已有时直接打开）。',
  created: '客户已创建。',
  saved: '修改已保存。',
  archive: '归档',
  unarchive: '取消归档',
  archivedToast: '客户已归档。',
  unarchivedToast: '客户已取消归档。',
  deleteTitle: '删除这个客户？',
  deleteBody: '“{{name}}”及其所有记录将从工作区移除。删除后可立即撤销。',
  deleted: '客户“{{name}}”已删除。',
  restored: '客户已恢复。',
  open: '打开 {{name}}',
  people_one: '{{count}} 位关键人物',
  people_other: '{{count}} 位关键人物',
  updated: '更新于 {{date}}',
  profile: '客户档案',
  tabs: { profile: '客户档案', label: '客户分区' },
  notFound: '该客户不存在（可能已被删除）。',
};

export const fields: Messages['fields'] = {
  name: '客户名称',
  industry: '行业',
  region: '区域',
  tier: '客户等级',
  purchasingMode: '采购模式',
  purchasePattern: '采购规律',
  annualPotential: '年度潜力',
  currency: '币种',
  relationshipPhase: '关系阶段',
  strategicFit: '战略匹配',
  clientPlan: '客户年度计划与考核方案',
  procurementProcess: '采购流程',
  notes: '备注',
};

export const hints: Messages['hints'] = {
  annualPotential: '按习惯写法输入即可：1000万、1.2亿、12,000,000 或 12m。',
  tier: 'A：战略客户，贡献全年大部分利润；B：重要客户；C：维护客户。',
  purchasingMode: '分散采购的客户很难成为大客户。',
  purchasePattern: '持续采购能把赢单成本分摊到多年。',
  strategicFit: '该客户与我们公司的战略、市场地位和产品方向是否匹配。',
};
