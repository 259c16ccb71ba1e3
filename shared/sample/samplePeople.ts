import type { LinkFields, PersonFields, TeamMemberFields } from '../contract/index.js';
import type { LinkKind } from '../domain/people.js';
import type { Language } from '../i18n/languages.js';

/**
 * The sample account's key people (关键人物): the head office of a bank replacing its core system.
 * The structure (reporting lines, roles, attitudes, links) is the same in both languages; only the
 * words differ. The story: a new vice-president in charge of IT wants a flagship project, the risk
 * vice-president fears the migration and favours the incumbent, the architecture head coaches us.
 */

const TEAM = ['accountManager', 'presales', 'salesDirector'] as const;
export type TeamKey = (typeof TEAM)[number];

type Structure = Omit<PersonFields, 'name' | 'title' | 'department' | 'motivations' | 'pains' | 'notes' | 'reportsToId' | 'ownerId'> & {
  reportsTo: PersonKey | null;
  owner: TeamKey | null;
};
type Words = Pick<PersonFields, 'name' | 'title' | 'department' | 'motivations' | 'pains' | 'notes'>;

const PEOPLE = [
  'president',
  'vpTech',
  'vpRisk',
  'vpOps',
  'office',
  'cio',
  'itDeputy',
  'archLead',
  'devLead',
  'opsIt',
  'security',
  'pmo',
  'procHead',
  'procManager',
  'cfo',
  'budget',
  'riskHead',
  'riskModel',
  'legal',
  'opsHead',
  'opsCenter',
  'retailHead',
] as const;
export type PersonKey = (typeof PEOPLE)[number];

const p = (reportsTo: PersonKey | null, owner: TeamKey | null, rest: Omit<Structure, 'reportsTo' | 'owner'>): Structure => ({
  reportsTo,
  owner,
  ...rest,
});

const structure: Record<PersonKey, Structure> = {
  president: p(null, 'salesDirector', {
    email: 'zhou.guoping@ecub.example.cn', phone: '021-6888 0001', roles: ['decision_maker', 'approver'],
    attitude: 'neutral', relationship: 'acquainted', targetRelationship: 'trusted', style: 'driver', influence: 'high',
  }),
  vpTech: p('president', 'salesDirector', {
    email: 'lin.zhiyuan@ecub.example.cn', phone: '021-6888 0002', roles: ['decision_maker', 'economic_buyer'],
    attitude: 'supporter', relationship: 'meeting', targetRelationship: 'ally', style: 'expressive', influence: 'high',
  }),
  vpRisk: p('president', 'salesDirector', {
    email: 'sun.liqun@ecub.example.cn', phone: '021-6888 0003', roles: ['approver', 'influencer'],
    attitude: 'opponent', relationship: 'acquainted', targetRelationship: 'meeting', style: 'analytical', influence: 'high',
  }),
  vpOps: p('president', null, {
    email: 'xu.hong@ecub.example.cn', phone: '021-6888 0004', roles: ['influencer'],
    attitude: 'neutral', relationship: 'none', targetRelationship: 'acquainted', style: 'amiable', influence: 'high',
  }),
  office: p('president', 'accountManager', {
    email: 'tang.min@ecub.example.cn', phone: '021-6888 0010', roles: ['gatekeeper'],
    attitude: 'neutral', relationship: 'acquainted', targetRelationship: 'meeting', style: 'amiable', influence: 'medium',
  }),
  cio: p('vpTech', 'accountManager', {
    email: 'zhao.jianhua@ecub.example.cn', phone: '021-6888 2001', roles: ['decision_maker', 'technical_evaluator'],
    attitude: 'supporter', relationship: 'trusted', targetRelationship: 'ally', style: 'driver', influence: 'high',
  }),
  itDeputy: p('cio', 'presales', {
    email: 'qian.xiaoming@ecub.example.cn', phone: '021-6888 2002', roles: ['technical_evaluator', 'influencer'],
    attitude: 'supporter', relationship: 'meeting', targetRelationship: 'trusted', style: 'analytical', influence: 'medium',
  }),
  archLead: p('itDeputy', 'presales', {
    email: 'he.wen@ecub.example.cn', phone: '021-6888 2101', roles: ['technical_evaluator', 'coach'],
    attitude: 'champion', relationship: 'ally', targetRelationship: 'ally', style: 'amiable', influence: 'medium',
  }),
  devLead: p('itDeputy', 'presales', {
    email: 'zheng.kai@ecub.example.cn', phone: '021-6888 2102', roles: ['technical_evaluator', 'user'],
    attitude: 'neutral', relationship: 'meeting', targetRelationship: 'trusted', style: 'analytical', influence: 'medium',
  }),
  opsIt: p('cio', 'presales', {
    email: 'wu.hai@ecub.example.cn', phone: '021-6888 2201', roles: ['user', 'technical_evaluator'],
    attitude: 'opponent', relationship: 'acquainted', targetRelationship: 'meeting', style: 'analytical', influence: 'medium',
  }),
  security: p('cio', null, {
    email: 'feng.xue@ecub.example.cn', phone: '021-6888 2301', roles: ['technical_evaluator', 'gatekeeper'],
    attitude: 'unknown', relationship: 'none', targetRelationship: 'acquainted', style: null, influence: 'low',
  }),
  pmo: p('cio', 'presales', {
    email: 'xie.ting@ecub.example.cn', phone: '021-6888 2401', roles: ['user', 'gatekeeper'],
    attitude: 'supporter', relationship: 'meeting', targetRelationship: 'trusted', style: 'amiable', influence: 'low',
  }),
  procHead: p('vpRisk', 'accountManager', {
    email: 'ma.li@ecub.example.cn', phone: '021-6888 3001', roles: ['gatekeeper', 'approver'],
    attitude: 'neutral', relationship: 'acquainted', targetRelationship: 'meeting', style: 'analytical', influence: 'medium',
  }),
  procManager: p('procHead', 'accountManager', {
    email: 'huang.tao@ecub.example.cn', phone: '021-6888 3002', roles: ['gatekeeper'],
    attitude: 'neutral', relationship: 'meeting', targetRelationship: 'trusted', style: 'amiable', influence: 'low',
  }),
  cfo: p('vpRisk', 'salesDirector', {
    email: 'gao.zhiqiang@ecub.example.cn', phone: '021-6888 4001', roles: ['economic_buyer', 'approver'],
    attitude: 'neutral', relationship: 'acquainted', targetRelationship: 'trusted', style: 'analytical', influence: 'high',
  }),
  budget: p('cfo', null, {
    email: 'song.juan@ecub.example.cn', phone: '021-6888 4002', roles: ['influencer'],
    attitude: 'unknown', relationship: 'none', targetRelationship: null, style: null, influence: 'low',
  }),
  riskHead: p('vpRisk', null, {
    email: 'han.bing@ecub.example.cn', phone: '021-6888 5001', roles: ['influencer'],
    attitude: 'neutral', relationship: 'acquainted', targetRelationship: 'meeting', style: 'analytical', influence: 'medium',
  }),
  riskModel: p('riskHead', null, {
    email: 'deng.chao@ecub.example.cn', phone: '021-6888 5002', roles: ['user'],
    attitude: 'unknown', relationship: 'none', targetRelationship: null, style: null, influence: 'low',
  }),
  legal: p('vpRisk', null, {
    email: 'jiang.feng@ecub.example.cn', phone: '021-6888 5101', roles: ['approver'],
    attitude: 'neutral', relationship: 'none', targetRelationship: 'acquainted', style: 'analytical', influence: 'low',
  }),
  opsHead: p('vpOps', 'accountManager', {
    email: 'yang.fan@ecub.example.cn', phone: '021-6888 6001', roles: ['user', 'influencer'],
    attitude: 'supporter', relationship: 'meeting', targetRelationship: 'trusted', style: 'expressive', influence: 'medium',
  }),
  opsCenter: p('opsHead', 'accountManager', {
    email: 'zhu.lin@ecub.example.cn', phone: '021-6888 6002', roles: ['user'],
    attitude: 'supporter', relationship: 'acquainted', targetRelationship: 'meeting', style: 'amiable', influence: 'low',
  }),
  retailHead: p('vpOps', null, {
    email: 'cao.yang@ecub.example.cn', phone: '021-6888 7001', roles: ['user', 'influencer'],
    attitude: 'supporter', relationship: 'meeting', targetRelationship: 'trusted', style: 'expressive', influence: 'medium',
  }),
};

const LINKS: { key: string; source: PersonKey; target: PersonKey; kind: LinkKind; step?: number }[] = [
  // The decision chain (决策链): who passes the decision to whom, in order. Step 5 runs in parallel.
  { key: 'flowProposal', source: 'archLead', target: 'cio', kind: 'decision_flow', step: 1 },
  { key: 'flowInitiation', source: 'cio', target: 'vpTech', kind: 'decision_flow', step: 2 },
  { key: 'flowBudget', source: 'vpTech', target: 'cfo', kind: 'decision_flow', step: 3 },
  { key: 'flowTender', source: 'cfo', target: 'procHead', kind: 'decision_flow', step: 4 },
  { key: 'flowContract', source: 'procHead', target: 'president', kind: 'decision_flow', step: 5 },
  { key: 'flowRiskOpinion', source: 'vpRisk', target: 'president', kind: 'decision_flow', step: 5 },
  // The pain chain (痛苦链): the source's pain causes the target's.
  { key: 'painTransformation', source: 'president', target: 'vpTech', kind: 'pain_chain' },
  { key: 'painDeadline', source: 'vpTech', target: 'cio', kind: 'pain_chain' },
  { key: 'painCost', source: 'cfo', target: 'cio', kind: 'pain_chain' },
  { key: 'painProducts', source: 'retailHead', target: 'cio', kind: 'pain_chain' },
  { key: 'painBacklog', source: 'cio', target: 'devLead', kind: 'pain_chain' },
  { key: 'influenceRiskAppetite', source: 'vpRisk', target: 'cfo', kind: 'influences' },
  { key: 'influenceAgenda', source: 'office', target: 'president', kind: 'influences' },
  { key: 'influenceOpsVoice', source: 'opsHead', target: 'vpOps', kind: 'influences' },
  { key: 'influenceArchitecture', source: 'archLead', target: 'itDeputy', kind: 'influences' },
  { key: 'allyDigital', source: 'vpTech', target: 'retailHead', kind: 'ally' },
  { key: 'conflictMigration', source: 'vpRisk', target: 'vpTech', kind: 'conflict' },
  { key: 'conflictOperations', source: 'opsIt', target: 'devLead', kind: 'conflict' },
  { key: 'dottedSecurity', source: 'security', target: 'riskHead', kind: 'dotted_reports_to' },
];

interface SampleText {
  team: Record<TeamKey, TeamMemberFields>;
  people: Record<PersonKey, Words>;
  labels: Record<string, string>;
}

const zhCN: SampleText = {
  team: {
    accountManager: { name: '王磊', role: '客户经理' },
    presales: { name: '陈静', role: '售前解决方案经理' },
    salesDirector: { name: '刘洋', role: '区域销售总监' },
  },
  people: {
    president: { name: '周国平', title: '行长', department: '行长室', motivations: '任期内把数字化转型做成全行亮点，向董事会交出成绩。', pains: '老核心系统制约新业务上线速度，数字化考核排名靠后。', notes: '只在行长办公会上拍板；提前经办公室主任约时间。' },
    vpTech: { name: '林志远', title: '副行长（分管科技）', department: '行长室', motivations: '年初履新，希望在任内交付一个标志性项目。', pains: '监管对系统稳定性的检查压力；新核心必须在 2027 年前上线。', notes: '来自股份制银行，熟悉分布式架构。' },
    vpRisk: { name: '孙立群', title: '副行长（分管风险与财务）', department: '行长室', motivations: '任内不出大的操作风险事件。', pains: '大型系统切换的操作风险和监管问责。', notes: '倾向于现有供应商升级方案；在行长办公会上影响力很大。需要专门的风险化解计划。' },
    vpOps: { name: '许红', title: '副行长（分管运营与零售）', department: '行长室', motivations: '零售业务规模和客户体验提升。', pains: '网点排队投诉多，零售新产品落后于同业。', notes: '' },
    office: { name: '唐敏', title: '行长办公室主任', department: '行长办公室', motivations: '让行长办公会议程顺利推进。', pains: '', notes: '安排行长日程的关键人。' },
    cio: { name: '赵建华', title: '信息科技部总经理', department: '信息科技部', motivations: '项目按期上线，系统可用性 99.99%，争取晋升。', pains: '预算被压缩的同时要完成核心系统替换；改造排期积压。', notes: '信息科技委员会秘书长，负责立项。' },
    itDeputy: { name: '钱晓明', title: '信息科技部副总经理（架构）', department: '信息科技部', motivations: '技术路线有前瞻性，团队能力提升。', pains: '', notes: '' },
    archLead: { name: '何文', title: '架构管理处处长', department: '信息科技部', motivations: '希望借项目建立分布式架构规范，个人在行业有影响力。', pains: '老系统耦合严重，每次改动都要回归测试数周。', notes: '我们的向导：主动分享立项进度和评分规则。' },
    devLead: { name: '郑凯', title: '应用开发处处长', department: '信息科技部', motivations: '减轻团队加班，交付可控。', pains: '需求排期积压半年以上。', notes: '' },
    opsIt: { name: '吴海', title: '运维处处长', department: '信息科技部', motivations: '生产稳定，不背锅。', pains: '担心新系统运维复杂度高、人手不够。', notes: '与开发处在上线节奏上有矛盾。' },
    security: { name: '冯雪', title: '信息安全处处长', department: '信息科技部', motivations: '', pains: '', notes: '虚线向风险管理部汇报。尚未接触。' },
    pmo: { name: '谢婷', title: '项目管理办公室主管', department: '信息科技部', motivations: '项目群进度透明。', pains: '', notes: '' },
    procHead: { name: '马丽', title: '采购中心总经理', department: '采购中心', motivations: '采购流程合规、经得起审计。', pains: '', notes: '综合评分法：技术 60 / 商务 40。' },
    procManager: { name: '黄涛', title: '采购中心项目经理', department: '采购中心', motivations: '', pains: '', notes: '负责招标文件编制。' },
    cfo: { name: '高志强', title: '财务部总经理', department: '财务部', motivations: '科技投入的投入产出比可以量化。', pains: '全行成本收入比考核压力，科技投入需压降 10%。', notes: '' },
    budget: { name: '宋娟', title: '预算管理处处长', department: '财务部', motivations: '', pains: '', notes: '' },
    riskHead: { name: '韩冰', title: '风险管理部总经理', department: '风险管理部', motivations: '', pains: '', notes: '' },
    riskModel: { name: '邓超', title: '风险模型处处长', department: '风险管理部', motivations: '', pains: '', notes: '' },
    legal: { name: '蒋峰', title: '法律合规部总经理', department: '法律合规部', motivations: '', pains: '', notes: '合同审批会签。' },
    opsHead: { name: '杨帆', title: '运营管理部总经理', department: '运营管理部', motivations: '集中作业提效，减少柜面差错。', pains: '柜面业务处理慢，网点客户排队投诉多。', notes: '' },
    opsCenter: { name: '朱琳', title: '集中作业中心主任', department: '运营管理部', motivations: '', pains: '', notes: '' },
    retailHead: { name: '曹阳', title: '零售金融部总经理', department: '零售金融部', motivations: '零售新产品快速上线。', pains: '新产品上线周期 3 个月，落后于股份制银行。', notes: '' },
  },
  labels: {
    flowProposal: '技术方案评估',
    flowInitiation: '立项申请',
    flowBudget: '预算审核',
    flowTender: '公开招标',
    flowContract: '合同审批',
    flowRiskOpinion: '风险意见',
    painTransformation: '数字化转型考核排名靠后',
    painDeadline: '新核心须在 2027 年前上线',
    painCost: '科技投入需压降 10%',
    painProducts: '新产品上线周期太长',
    painBacklog: '改造排期积压',
    influenceRiskAppetite: '风险偏好',
    influenceAgenda: '会议议程',
    influenceOpsVoice: '业务诉求',
    influenceArchitecture: '技术路线',
    allyDigital: '共同推动数字化',
    conflictMigration: '对系统切换风险看法不同',
    conflictOperations: '上线节奏之争',
    dottedSecurity: '信息安全虚线汇报',
  },
};

const en: SampleText = {
  team: {
    accountManager: { name: 'Lei Wang', role: 'Account manager' },
    presales: { name: 'Jing Chen', role: 'Pre-sales solution manager' },
    salesDirector: { name: 'Yang Liu', role: 'Regional sales director' },
  },
  people: {
    president: { name: 'Zhou Guoping', title: 'President', department: 'President’s office', motivations: 'Make digital transformation the bank’s highlight of his term and show the board results.', pains: 'The old core holds back new business; the bank ranks low in its digital assessment.', notes: 'Decides only at the president’s office meeting; book time through the office director.' },
    vpTech: { name: 'Lin Zhiyuan', title: 'Vice-president (IT)', department: 'President’s office', motivations: 'New in office this year; wants a flagship project in his term.', pains: 'Regulators press on system stability; the new core must be live before 2027.', notes: 'Came from a joint-stock bank; knows distributed architectures.' },
    vpRisk: { name: 'Sun Liqun', title: 'Vice-president (risk and finance)', department: 'President’s office', motivations: 'No major operational risk event on her watch.', pains: 'The operational risk of a large migration and regulators holding her to account.', notes: 'Prefers the incumbent vendor’s upgrade; very influential at the president’s office meeting. Needs a risk mitigation plan of our own.' },
    vpOps: { name: 'Xu Hong', title: 'Vice-president (operations and retail)', department: 'President’s office', motivations: 'Grow retail and improve customer experience.', pains: 'Queue complaints at branches; retail products behind peers.', notes: '' },
    office: { name: 'Tang Min', title: 'Director, president’s office', department: 'General office', motivations: 'Keep the president’s meeting agenda moving.', pains: '', notes: 'Holds the president’s calendar.' },
    cio: { name: 'Zhao Jianhua', title: 'General manager, IT department', department: 'IT department', motivations: 'Projects live on schedule, 99.99 % availability, a promotion.', pains: 'Must replace the core while the budget is cut; a growing backlog of changes.', notes: 'Secretary of the IT committee; initiates projects.' },
    itDeputy: { name: 'Qian Xiaoming', title: 'Deputy GM, IT (architecture)', department: 'IT department', motivations: 'A forward-looking technology roadmap; a stronger team.', pains: '', notes: '' },
    archLead: { name: 'He Wen', title: 'Head of architecture', department: 'IT department', motivations: 'Set the bank’s distributed-architecture standards through this project; a name in the industry.', pains: 'The old system is so coupled that every change needs weeks of regression tests.', notes: 'Our coach: shares the project’s progress and the scoring rules.' },
    devLead: { name: 'Zheng Kai', title: 'Head of application development', department: 'IT department', motivations: 'Less overtime for the team; predictable delivery.', pains: 'A backlog of requests more than six months long.', notes: '' },
    opsIt: { name: 'Wu Hai', title: 'Head of IT operations', department: 'IT department', motivations: 'Stable production and not taking the blame.', pains: 'Fears a new system is complex to run with too few people.', notes: 'At odds with development over release pace.' },
    security: { name: 'Feng Xue', title: 'Head of information security', department: 'IT department', motivations: '', pains: '', notes: 'Dotted line to risk management. Not met yet.' },
    pmo: { name: 'Xie Ting', title: 'Head of the project office', department: 'IT department', motivations: 'Transparent programme progress.', pains: '', notes: '' },
    procHead: { name: 'Ma Li', title: 'General manager, procurement centre', department: 'Procurement centre', motivations: 'A compliant purchase that survives any audit.', pains: '', notes: 'Scored tender: 60 technical / 40 commercial.' },
    procManager: { name: 'Huang Tao', title: 'Procurement project manager', department: 'Procurement centre', motivations: '', pains: '', notes: 'Writes the tender documents.' },
    cfo: { name: 'Gao Zhiqiang', title: 'General manager, finance', department: 'Finance', motivations: 'IT spending with a measurable return.', pains: 'Cost-to-income targets for the whole bank; IT spending must fall 10 %.', notes: '' },
    budget: { name: 'Song Juan', title: 'Head of budgeting', department: 'Finance', motivations: '', pains: '', notes: '' },
    riskHead: { name: 'Han Bing', title: 'General manager, risk management', department: 'Risk management', motivations: '', pains: '', notes: '' },
    riskModel: { name: 'Deng Chao', title: 'Head of risk models', department: 'Risk management', motivations: '', pains: '', notes: '' },
    legal: { name: 'Jiang Feng', title: 'General manager, legal and compliance', department: 'Legal and compliance', motivations: '', pains: '', notes: 'Co-signs contract approval.' },
    opsHead: { name: 'Yang Fan', title: 'General manager, operations', department: 'Operations management', motivations: 'More back-office efficiency, fewer counter errors.', pains: 'Slow counter transactions; queue complaints at branches.', notes: '' },
    opsCenter: { name: 'Zhu Lin', title: 'Director, central processing centre', department: 'Operations management', motivations: '', pains: '', notes: '' },
    retailHead: { name: 'Cao Yang', title: 'General manager, retail banking', department: 'Retail banking', motivations: 'Launch retail products fast.', pains: 'Three months to launch a product, behind joint-stock banks.', notes: '' },
  },
  labels: {
    flowProposal: 'Technical evaluation',
    flowInitiation: 'Project initiation',
    flowBudget: 'Budget review',
    flowTender: 'Public tender',
    flowContract: 'Contract approval',
    flowRiskOpinion: 'Risk opinion',
    painTransformation: 'Low digital-assessment ranking',
    painDeadline: 'New core live before 2027',
    painCost: 'IT spending down 10 %',
    painProducts: 'Products take too long to launch',
    painBacklog: 'Backlog of changes',
    influenceRiskAppetite: 'Risk appetite',
    influenceAgenda: 'Meeting agenda',
    influenceOpsVoice: 'Business needs',
    influenceArchitecture: 'Technology roadmap',
    allyDigital: 'Push digital together',
    conflictMigration: 'Disagree on migration risk',
    conflictOperations: 'Release pace',
    dottedSecurity: 'Security dotted line',
  },
};

export interface SamplePerson {
  key: string;
  /** Key of the manager; managers come before their reports. */
  reportsTo: string | null;
  /** Key of our team member who owns the relationship. */
  owner: string | null;
  fields: Omit<PersonFields, 'reportsToId' | 'ownerId'>;
}

export interface SampleLink {
  source: string;
  target: string;
  fields: LinkFields;
}

export interface SamplePeople {
  team: { key: string; fields: TeamMemberFields }[];
  people: SamplePerson[];
  links: SampleLink[];
}

function build(words: SampleText): SamplePeople {
  return {
    team: TEAM.map((key) => ({ key, fields: words.team[key] })),
    people: PEOPLE.map((key) => {
      const { reportsTo, owner, ...rest } = structure[key];
      return { key, reportsTo, owner, fields: { ...rest, ...words.people[key] } };
    }),
    links: LINKS.map(({ key, source, target, kind, step }) => ({
      source,
      target,
      fields: { kind, label: words.labels[key] ?? '', step: step ?? null, notes: '' },
    })),
  };
}

export const samplePeople: Record<Language, SamplePeople> = { 'zh-CN': build(zhCN), en: build(en) };
