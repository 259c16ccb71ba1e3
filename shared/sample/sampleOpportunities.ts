import type { CompetitorFields, InfluenceFields, NegotiationFields, OpportunityFields, WhitespaceCellFields } from '../contract/index.js';
import type { Language } from '../i18n/languages.js';
import type { PersonKey, TeamKey } from './samplePeople.js';

/**
 * The sample account's opportunities (销售机会): the core banking replacement the map is about, and
 * the database and private cloud that go with it; their buying influences, competitors, the
 * negotiation plan, scorecards over several months (the competition score falls in the latest one:
 * the incumbent offered a free upgrade) and the whitespace grid. Structure (who, which scores,
 * when) is the same in both languages; only the words differ. Dates are relative to the day the
 * sample is loaded, so it always looks current.
 */

type OpportunityKey = 'core' | 'cloud';
type OfferingKey = 'coreSystem' | 'database' | 'cloud' | 'dataPlatform' | 'operations';

/** Two texts, Chinese first, as the content was written. */
type Text = readonly [zh: string, en: string];

interface InfluenceSpec {
  person: PersonKey;
  role: InfluenceFields['role'];
  stance: InfluenceFields['stance'];
  winResult: Text;
}

interface CompetitorSpec {
  name: Text;
  position: CompetitorFields['position'];
  strengths: Text;
  weaknesses: Text;
  favouredBy: PersonKey[];
  strategy: Text;
}

/** [value (null: unknown), the people the evidence rests on, evidence] */
type ScoreSpec = readonly [value: number | null, people: PersonKey[], evidence: Text];

interface AssessmentSpec {
  template: 'keyplan' | 'bant';
  daysAgo: number;
  author: TeamKey;
  scores: Record<string, ScoreSpec>;
}

interface OpportunitySpec {
  key: OpportunityKey;
  name: Text;
  amount: number;
  closeInDays: number;
  stage: OpportunityFields['stage'];
  valueProposition: Text;
  referenceCases: Text;
  notes: Text;
  influences: InfluenceSpec[];
  competitors: CompetitorSpec[];
  /** Oldest first. */
  assessments: AssessmentSpec[];
}

const OPPORTUNITIES: OpportunitySpec[] = [
  {
    key: 'core',
    name: ['新一代核心系统（一期）', 'Next-generation core banking (phase one)'],
    amount: 36_000_000,
    closeInDays: 150,
    stage: 'proposal',
    valueProposition: [
      '分布式核心一期（存贷款、总账）：新产品上线周期从 3 个月缩短到 2 周；全栈信创，满足 60% 替代目标；分批迁移、双轨并行，切换风险可控。',
      'Distributed core, phase one (deposits, loans, general ledger): new products live in two weeks instead of three months; a fully domestic stack that meets the 60 % replacement target; migration in waves with parallel running keeps the cut-over risk under control.',
    ],
    referenceCases: [
      '某股份制银行分布式核心（2024 年上线，可用性 99.995%）；长三角某城商行存款系统迁移（零停机切换）。',
      'A joint-stock bank’s distributed core (live 2024, 99.995 % availability); a Yangtze-delta city bank’s deposit system migration (cut over with no downtime).',
    ],
    notes: [
      '科技部已提交立项申请，预计下季度发布招标。风险副行长倾向现有厂商的升级方案，是最大障碍。',
      'The IT department has filed the project request; the tender is expected next quarter. The risk vice-president prefers the incumbent’s upgrade: the main obstacle.',
    ],
    influences: [
      { person: 'vpTech', role: 'economic_buyer', stance: 'supporter', winResult: ['任内交付标志性项目，向董事会证明数字化转型成效。', 'A flagship project delivered in his term, proof of the digital transformation for the board.'] },
      { person: 'cio', role: 'decision_maker', stance: null, winResult: ['项目按期上线、可用性达标，为晋升加分。', 'A project live on schedule with its availability target met: a step towards promotion.'] },
      { person: 'archLead', role: 'coach', stance: 'champion', winResult: ['主导制定全行分布式架构规范，在行业内树立个人影响力。', 'Leads the bank’s distributed-architecture standards; a name in the industry.'] },
      { person: 'vpRisk', role: 'approver', stance: 'opponent', winResult: ['切换过程不出操作风险事件，监管检查无问题。', 'No operational risk event during the cut-over; clean regulatory inspections.'] },
      { person: 'opsIt', role: 'user', stance: 'opponent', winResult: ['新系统运维可控，不增加夜间值班。', 'A new system his team can run, with no extra night shifts.'] },
      { person: 'cfo', role: null, stance: 'neutral', winResult: ['科技投入的回报可量化，完成成本收入比目标。', 'A measurable return on IT spending; the cost-to-income target met.'] },
      { person: 'procHead', role: 'gatekeeper', stance: null, winResult: ['采购过程合规，经得起审计。', 'A compliant purchase that survives any audit.'] },
    ],
    competitors: [
      {
        name: ['现有核心厂商（升级方案）', 'Incumbent core vendor (upgrade offer)'],
        position: 'incumbent',
        strengths: [
          '熟悉现有系统和数据；与运维团队合作十年；升级方案看起来切换风险更低。',
          'Knows the current system and data; ten years with the operations team; its upgrade looks less risky to move to.',
        ],
        weaknesses: [
          '集中式架构，满足不了信创和新产品上线速度的要求；近两年两次重大故障。',
          'A centralised architecture that meets neither the domestic-stack target nor the launch speed; two major outages in two years.',
        ],
        favouredBy: ['vpRisk', 'opsIt'],
        strategy: [
          '为孙立群准备专门的风险化解方案（分批迁移、双轨并行、回退预案），邀请她考察股份制银行案例；为吴海的团队提前培训并驻场支持。',
          'A risk mitigation plan of our own for Sun Liqun (migration in waves, parallel running, a fall-back plan) and a visit to the joint-stock bank; early training and on-site support for Wu Hai’s team.',
        ],
      },
      {
        name: ['某国际软件厂商', 'An international software vendor'],
        position: 'shortlisted',
        strengths: ['产品成熟，全球案例多。', 'A mature product with many references worldwide.'],
        weaknesses: ['不满足信创要求；本地交付依赖合作伙伴；价格高。', 'Does not meet the domestic-stack requirement; local delivery through partners; expensive.'],
        favouredBy: ['itDeputy'],
        strategy: [
          '在评分标准中突出信创与本地服务能力；请何文在技术评估中强调自主可控。',
          'Make the domestic stack and local service count in the scoring; ask He Wen to stress self-reliance in the technical evaluation.',
        ],
      },
    ],
    assessments: [
      {
        template: 'keyplan',
        daysAgo: 120,
        author: 'accountManager',
        scores: {
          need: [2, ['cio'], ['赵建华承认老核心拖慢新业务，但影响还没有量化。', 'Zhao Jianhua admits the old core slows new business, but the impact is not quantified.']],
          timeline: [1, [], ['只听说“明年要换”，没有具体日期。', 'Only “next year” so far, with no date.']],
          budget: [1, ['cfo'], ['预算需要另行申请，财务部还没表态。', 'A budget would have to be requested; finance has not said anything yet.']],
          competition: [1, ['vpRisk'], ['现有厂商关系深，孙立群公开支持升级方案。', 'The incumbent is well entrenched; Sun Liqun openly backs its upgrade.']],
          decision: [null, [], ['', '']],
          decision_criteria: [1, [], ['评估标准尚未成形。', 'The decision criteria are not formed yet.']],
          strategic_fit: [4, [], ['区域标杆客户，拿下后可复制到长三角城商行。', 'The regional benchmark; a win repeats across city banks in the delta.']],
        },
      },
      {
        template: 'keyplan',
        daysAgo: 90,
        author: 'accountManager',
        scores: {
          need: [3, ['cio', 'retailHead'], ['新产品上线需 3 个月，零售部已量化为每年约 2000 万元的机会损失。', 'Three months to launch a product; retail puts the lost business at about CNY 20 m a year.']],
          timeline: [2, ['archLead'], ['何文透露目标是 2027 年上线，但采购计划还没定。', 'He Wen says the target is live in 2027, but there is no buying plan yet.']],
          budget: [2, ['cfo'], ['财务部确认有科技专项预算，金额待定。', 'Finance confirms a dedicated IT budget; the amount is open.']],
          competition: [2, ['archLead'], ['何文认为我们在技术上领先，但现有厂商仍是默认选项。', 'He Wen thinks we lead technically, but the incumbent is still the default.']],
          decision: [1, ['vpTech'], ['林志远履新，决策链条还不清楚。', 'Lin Zhiyuan is new in office; the decision chain is still unclear.']],
          decision_criteria: [2, ['archLead'], ['技术评分规则初稿已出，权重未定。', 'A first draft of the technical scoring rules exists; weights are open.']],
          strategic_fit: [4, [], ['区域标杆客户，拿下后可复制到长三角城商行。', 'The regional benchmark; a win repeats across city banks in the delta.']],
        },
      },
      {
        template: 'keyplan',
        daysAgo: 60,
        author: 'presales',
        scores: {
          need: [3, ['cio', 'retailHead'], ['痛点已量化，并写进了科技部的立项申请。', 'The pain is quantified and written into the IT department’s project request.']],
          timeline: [3, ['cio', 'archLead'], ['赵建华确认了评估、选型和签约的时间安排。', 'Zhao Jianhua confirmed the dates for evaluation, selection and contract.']],
          budget: [2, ['cfo'], ['预算已列入年度计划，尚待审批。', 'The budget is in the annual plan, awaiting approval.']],
          competition: [3, ['archLead', 'itDeputy'], ['技术交流后，科技部倾向分布式方案，国际厂商因信创要求落后。', 'After the technical workshops the IT department leans to a distributed design; the international vendor trails on the domestic-stack rule.']],
          decision: [2, ['vpTech', 'cio'], ['决策链已清楚：科技部立项 → 信息科技委员会 → 行长办公会。', 'The decision chain is known: IT department → IT committee → president’s office meeting.']],
          decision_criteria: [3, ['archLead'], ['评分标准技术 60 / 商务 40，可用性和信创是重点。', 'Scoring is 60 technical / 40 commercial; availability and the domestic stack weigh most.']],
          strategic_fit: [4, [], ['区域标杆客户，拿下后可复制到长三角城商行。', 'The regional benchmark; a win repeats across city banks in the delta.']],
        },
      },
      {
        template: 'keyplan',
        daysAgo: 14,
        author: 'accountManager',
        scores: {
          need: [4, ['vpTech', 'cio'], ['林志远在行长办公会上把新核心列为今年头号项目。', 'Lin Zhiyuan named the new core the bank’s top project this year at the president’s office meeting.']],
          timeline: [3, ['cio'], ['招标计划下季度发布，时间表不变。', 'The tender is due next quarter; the schedule holds.']],
          budget: [3, ['cfo', 'vpTech'], ['预算已获批，金额与我们的报价相符。', 'The budget is approved and fits our price.']],
          competition: [1, ['vpRisk', 'opsIt'], ['现有厂商提出免费升级，孙立群和吴海都表示支持，竞争形势明显恶化。', 'The incumbent offered a free upgrade; Sun Liqun and Wu Hai both back it: the competition got much harder.']],
          decision: [2, ['vpTech', 'vpRisk'], ['孙立群在行长办公会上影响力大，对我们仍持反对意见。', 'Sun Liqun carries weight at the president’s office meeting and still opposes us.']],
          decision_criteria: [3, ['archLead'], ['评分标准已定稿，信创和可用性权重最高。', 'The scoring rules are final; the domestic stack and availability weigh most.']],
          strategic_fit: [4, [], ['区域标杆客户，拿下后可复制到长三角城商行。', 'The regional benchmark; a win repeats across city banks in the delta.']],
        },
      },
    ],
  },
  {
    key: 'cloud',
    name: ['分布式数据库与私有云平台', 'Distributed database and private cloud platform'],
    amount: 9_000_000,
    closeInDays: 240,
    stage: 'initiation',
    valueProposition: [
      '为新核心提供国产分布式数据库和金融级私有云底座，统一运维，基础设施成本降低 20%。',
      'A domestic distributed database and a financial-grade private cloud under the new core, run as one platform, with 20 % lower infrastructure cost.',
    ],
    referenceCases: ['某农商行私有云（800 台服务器，两地三中心）。', 'A rural commercial bank’s private cloud (800 servers, two cities, three data centres).'],
    notes: ['与核心系统项目一起推进；信息安全处尚未接触。', 'Moves with the core project; information security not met yet.'],
    influences: [
      { person: 'itDeputy', role: 'technical_evaluator', stance: 'supporter', winResult: ['技术路线有前瞻性，团队掌握新技术。', 'A forward-looking roadmap; a team that masters the new stack.'] },
      { person: 'opsIt', role: 'user', stance: 'neutral', winResult: ['统一的运维平台，减少故障处理时间。', 'One platform to run, less time spent on incidents.'] },
      { person: 'security', role: 'gatekeeper', stance: null, winResult: ['', ''] },
      { person: 'cio', role: 'decision_maker', stance: null, winResult: ['基础设施成本下降，支撑核心系统上线。', 'Lower infrastructure cost, and a base for the new core.'] },
    ],
    competitors: [
      {
        name: ['某互联网云厂商', 'An internet cloud provider'],
        position: 'challenger',
        strengths: ['价格低，产品迭代快。', 'Low prices and fast releases.'],
        weaknesses: ['金融行业合规经验不足；私有化部署能力弱。', 'Little compliance experience in finance; weak at on-premises deployment.'],
        favouredBy: ['retailHead'],
        strategy: ['强调监管合规和两地三中心案例；争取信息安全处的支持。', 'Stress regulatory compliance and the two-city, three-centre reference; win over information security.'],
      },
    ],
    assessments: [
      {
        template: 'bant',
        daysAgo: 30,
        author: 'presales',
        scores: {
          budget: [1, [], ['预算依附于核心系统项目，尚未单列。', 'The budget hangs on the core project and is not set apart yet.']],
          authority: [2, ['cio'], ['知道由赵建华拍板，但信息安全处的意见还不知道。', 'We know Zhao Jianhua decides, but information security’s view is unknown.']],
          need: [2, ['itDeputy', 'opsIt'], ['运维处抱怨现有数据库扩容难。', 'IT operations complain the current database is hard to scale.']],
          timeline: [null, [], ['', '']],
        },
      },
    ],
  },
];

const NEGOTIATION: { opportunity: OpportunityKey; theirs: PersonKey[]; ours: TeamKey[]; words: Record<Language, Omit<NegotiationFields, 'theirParticipants' | 'ourParticipants'>> } = {
  opportunity: 'core',
  theirs: ['cfo', 'procHead', 'procManager', 'cio'],
  ours: ['salesDirector', 'accountManager', 'presales'],
  words: {
    'zh-CN': {
      goal: '合同额 3600 万元，含三年维保；首付 30%；2 月底前签约。',
      walkAway: '合同额低于 3100 万元，或免费维保超过一年，则不签。',
      concessions: [
        { give: '免费培训 200 人天', ask: '在招标文件中写入信创和本地服务要求' },
        { give: '第一年维保费八折', ask: '首付比例提高到 30%' },
        { give: '派驻架构师 6 个月', ask: '联合发布分布式架构案例' },
      ],
      demands: [
        { demand: '再降价 10%（聪明的采购者会拿现有厂商的报价施压）', answer: '不降单价，用分期付款和培训包替代' },
        { demand: '免费维保延长到三年', answer: '最多一年，换取签约时间提前' },
        { demand: '上线延期罚则', answer: '接受对等条款：客户原因造成的延误不计入' },
      ],
      agenda: {
        opening: '回顾业务价值与共同目标，确认议程和双方的决策权限。',
        middle: '按让步清单交换条件，每次让步都换回对等的承诺；价格问题放到最后。',
        end: '总结已达成的条款，锁定签约时间和付款节点；必要时由刘洋出面做最后让步。',
      },
      openPoints: '违约金比例；源代码托管；驻场人员的保密协议。',
    },
    en: {
      goal: 'A CNY 36 m contract with three years of maintenance; 30 % up front; signed before the end of February.',
      walkAway: 'No signature below CNY 31 m, or with more than one year of free maintenance.',
      concessions: [
        { give: '200 free training days', ask: 'Domestic-stack and local-service requirements in the tender documents' },
        { give: '20 % off maintenance in year one', ask: 'A 30 % down payment' },
        { give: 'An architect on site for six months', ask: 'A joint case study of the distributed architecture' },
      ],
      demands: [
        { demand: 'Another 10 % off (a smart buyer will use the incumbent’s quote)', answer: 'No cut in unit price; offer instalments and the training package instead' },
        { demand: 'Free maintenance for three years', answer: 'One year at most, in return for an earlier signature' },
        { demand: 'Penalties for a late go-live', answer: 'Accept mutual terms: delays caused by the client do not count' },
      ],
      agenda: {
        opening: 'Recall the business value and the shared goals; agree the agenda and who can decide on each side.',
        middle: 'Trade from the concession list, each concession for an equal commitment; leave price to the end.',
        end: 'Sum up the agreed terms, fix the signing date and payment milestones; Yang Liu makes the final concession if needed.',
      },
      openPoints: 'The penalty rate; source-code escrow; confidentiality terms for on-site staff.',
    },
  },
};

const OFFERINGS: Record<OfferingKey, Text> = {
  coreSystem: ['核心业务系统', 'Core banking system'],
  database: ['分布式数据库', 'Distributed database'],
  cloud: ['私有云平台', 'Private cloud platform'],
  dataPlatform: ['数据中台', 'Data platform'],
  operations: ['运维服务', 'Managed operations'],
};

/** A unit of the grid: the department of one of the sample's people, or a free unit added by name. */
type UnitSpec = { departmentOf: PersonKey } | { free: Text };
const CARD_CENTRE: UnitSpec = { free: ['信用卡中心', 'Credit card centre'] };

interface CellSpec {
  offering: OfferingKey;
  unit: UnitSpec;
  status: WhitespaceCellFields['status'];
  opportunity?: OpportunityKey;
  amount?: number;
  competitor?: Text;
  notes?: Text;
}

const CELLS: CellSpec[] = [
  { offering: 'coreSystem', unit: { departmentOf: 'cio' }, status: 'in_progress', opportunity: 'core' },
  { offering: 'database', unit: { departmentOf: 'cio' }, status: 'in_progress', opportunity: 'cloud', amount: 4_000_000 },
  { offering: 'cloud', unit: { departmentOf: 'cio' }, status: 'in_progress', opportunity: 'cloud', amount: 5_000_000 },
  { offering: 'operations', unit: { departmentOf: 'cio' }, status: 'sold', amount: 1_500_000, notes: ['现有机房运维外包合同，明年到期。', 'The current data-centre operations contract; it ends next year.'] },
  { offering: 'dataPlatform', unit: { departmentOf: 'riskHead' }, status: 'potential', amount: 2_500_000, notes: ['风险数据集市改造。', 'Rebuild of the risk data mart.'] },
  { offering: 'dataPlatform', unit: { departmentOf: 'retailHead' }, status: 'competitor', amount: 3_000_000, competitor: ['某互联网云厂商', 'An internet cloud provider'] },
  { offering: 'dataPlatform', unit: { departmentOf: 'opsHead' }, status: 'potential', amount: 1_500_000 },
  { offering: 'cloud', unit: { departmentOf: 'procHead' }, status: 'not_relevant' },
  {
    offering: 'coreSystem',
    unit: CARD_CENTRE,
    status: 'potential',
    amount: 6_000_000,
    notes: ['信用卡核心独立于总行核心，计划两年内更换。', 'The card core is separate from the bank’s core; replacement planned within two years.'],
  },
];

// ---------------------------------------------------------------- in one language

export interface SampleOpportunity {
  key: OpportunityKey;
  closeInDays: number;
  fields: Omit<OpportunityFields, 'closeDate'>;
  influences: { person: PersonKey; fields: InfluenceFields }[];
  competitors: { favouredBy: PersonKey[]; fields: Omit<CompetitorFields, 'favouredBy'> }[];
  assessments: { templateKey: string; daysAgo: number; author: TeamKey; scores: Record<string, { value: number | null; evidence: string; people: PersonKey[] }> }[];
}

export interface SampleOpportunities {
  opportunities: SampleOpportunity[];
  negotiation: { opportunity: OpportunityKey; theirs: PersonKey[]; ours: TeamKey[]; fields: Omit<NegotiationFields, 'theirParticipants' | 'ourParticipants'> };
  offerings: { key: OfferingKey; name: string }[];
  cells: {
    offering: OfferingKey;
    unit: { departmentOf: PersonKey } | { free: string };
    opportunity: OpportunityKey | null;
    fields: Omit<WhitespaceCellFields, 'opportunityId'>;
  }[];
}

function build(language: Language): SampleOpportunities {
  const say = (text: Text) => (language === 'zh-CN' ? text[0] : text[1]);
  return {
    opportunities: OPPORTUNITIES.map((o) => ({
      key: o.key,
      closeInDays: o.closeInDays,
      fields: {
        name: say(o.name),
        amount: o.amount,
        currency: 'CNY',
        status: 'open',
        statusReason: '',
        stage: o.stage,
        valueProposition: say(o.valueProposition),
        referenceCases: say(o.referenceCases),
        notes: say(o.notes),
      },
      influences: o.influences.map((i) => ({ person: i.person, fields: { role: i.role, stance: i.stance, winResult: say(i.winResult), notes: '' } })),
      competitors: o.competitors.map((c) => ({
        favouredBy: c.favouredBy,
        fields: { name: say(c.name), position: c.position, strengths: say(c.strengths), weaknesses: say(c.weaknesses), strategy: say(c.strategy), notes: '' },
      })),
      assessments: o.assessments.map((a) => ({
        templateKey: a.template,
        daysAgo: a.daysAgo,
        author: a.author,
        scores: Object.fromEntries(Object.entries(a.scores).map(([key, [value, people, evidence]]) => [key, { value, people, evidence: say(evidence) }])),
      })),
    })),
    negotiation: { opportunity: NEGOTIATION.opportunity, theirs: NEGOTIATION.theirs, ours: NEGOTIATION.ours, fields: NEGOTIATION.words[language] },
    offerings: (Object.entries(OFFERINGS) as [OfferingKey, Text][]).map(([key, name]) => ({ key, name: say(name) })),
    cells: CELLS.map((c) => ({
      offering: c.offering,
      unit: 'free' in c.unit ? { free: say(c.unit.free) } : c.unit,
      opportunity: c.opportunity ?? null,
      fields: { status: c.status, amount: c.amount ?? null, competitor: c.competitor ? say(c.competitor) : '', notes: c.notes ? say(c.notes) : '' },
    })),
  };
}

export const sampleOpportunities: Record<Language, SampleOpportunities> = { 'zh-CN': build('zh-CN'), en: build('en') };
