import type { ActivityKind } from '../domain/plan/activities.js';
import type { RelationshipPhase } from '../domain/accounts.js';
import type { Language } from '../i18n/languages.js';
import type { PersonKey, TeamKey } from './samplePeople.js';

/**
 * The sample account's stage plans, tasks, contact log and change history. The core banking deal runs
 * on the six stages and stands at 提案, having passed 立项 by override; the cloud deal runs on the six
 * steps. Some tasks are overdue, the economic buyer is not at 信赖 yet (the way in is through the
 * coach 何文, who advises him on architecture), the vice-president of operations has never been met.
 * Dates are days from the day the sample is loaded.
 */

type Text = readonly [zh: string, en: string];
type OpportunityKey = 'core' | 'cloud';

interface PlanSpec {
  opportunity: OpportunityKey;
  template: 'six_stages' | 'six_steps';
  startedDaysAgo: number;
  /** Oldest first: criteria ticked before each move, then the move. */
  moves: { daysAgo: number; ticked: string[]; override?: Text }[];
  /** Criteria of the current stage ticked already. */
  ticked: string[];
  /** Planned dates of stages, in days from today. */
  dates: Record<string, [start: number, end: number]>;
  /** Template tasks given an owner and a due date (days from today), or marked done. */
  tasks: Record<string, { owner: TeamKey; due: number; done?: true; people?: PersonKey[] }>;
}

const PLANS: PlanSpec[] = [
  {
    opportunity: 'core',
    template: 'six_stages',
    startedDaysAgo: 110,
    moves: [
      { daysAgo: 75, ticked: ['need_confirmed', 'budget_known', 'timeline_known', 'decision_known', 'competition_known', 'strategy_fit'] },
      {
        daysAgo: 25,
        ticked: ['approval_granted', 'team_formed'],
        override: ['科技部提前召开立项会，销售计划在提案阶段补齐。', 'The IT department brought the approval meeting forward; the sales plan is finished during the proposal.'],
      },
    ],
    ticked: ['coach_in_place', 'key_people_known'],
    dates: { proposal: [-25, 35], tender: [36, 80], negotiation: [81, 120] },
    tasks: {
      develop_coach: { owner: 'accountManager', due: -40, done: true, people: ['archLead'] },
      key_person_table: { owner: 'accountManager', due: -20, done: true },
      pain_chain: { owner: 'presales', due: -4, people: ['cio', 'vpTech'] },
      value_proposition: { owner: 'presales', due: 3 },
      reference_cases: { owner: 'presales', due: 10 },
      present_solution: { owner: 'salesDirector', due: 21, people: ['vpTech', 'cio'] },
      sales_plan: { owner: 'accountManager', due: -9 },
    },
  },
  {
    opportunity: 'cloud',
    template: 'six_steps',
    startedDaysAgo: 60,
    moves: [
      { daysAgo: 45, ticked: ['org_mapped', 'opportunity_found'] },
      { daysAgo: 20, ticked: ['key_people_met', 'coach_in_place', 'key_people_relationship'] },
    ],
    ticked: ['purchase_stage_known'],
    dates: { uncover_needs: [-20, 20], present_value: [21, 60] },
    tasks: {
      needs_interviews: { owner: 'presales', due: 2, people: ['itDeputy', 'opsIt'] },
      written_requirements: { owner: 'presales', due: 14 },
      purchase_process: { owner: 'accountManager', due: 18, people: ['cio'] },
    },
  },
];

interface TaskSpec {
  title: Text;
  owner: TeamKey;
  due: number;
  start?: number;
  people: PersonKey[];
  opportunity: OpportunityKey | null;
  notes?: Text;
}

/** Tasks of their own, outside the template (the plan for the opponent among them). */
const TASKS: TaskSpec[] = [
  {
    title: ['准备风险化解方案，约孙立群副行长单独沟通', 'Prepare a risk mitigation plan and meet Vice-president Sun on her own'],
    owner: 'salesDirector',
    due: 12,
    start: -3,
    people: ['vpRisk'],
    opportunity: 'core',
    notes: ['重点：分批迁移、双轨并行、回退预案；请同业银行的风险负责人现身说法。', 'Focus: migration in waves, parallel running, a fallback plan; have a peer bank’s risk head tell her how it went.'],
  },
  { title: ['邀请吴海参观某城商行的运维中心', 'Invite Wu Hai to visit a city bank’s operations centre'], owner: 'presales', due: -2, people: ['opsIt'], opportunity: 'core' },
];

/** The account relationship plan (稳定关系): default tasks added, with an owner and a due date. */
const PHASE_TASKS: { phase: RelationshipPhase; key: string; owner: TeamKey; due: number; done?: true }[] = [
  { phase: 'stabilize', key: 'second_contacts', owner: 'accountManager', due: 30 },
  { phase: 'stabilize', key: 'multi_channel', owner: 'salesDirector', due: -15, done: true },
  { phase: 'stabilize', key: 'satisfaction_review', owner: 'accountManager', due: 45 },
];

interface ActivitySpec {
  daysAgo: number;
  kind: ActivityKind;
  people: PersonKey[];
  opportunity: OpportunityKey | null;
  summary: Text;
  nextStep?: Text;
  /** The next step was turned into a task, due this many days from today. */
  turned?: { owner: TeamKey; due: number };
}

/** The contact log: four months of calls, visits and meetings. */
const ACTIVITIES: ActivitySpec[] = [
  { daysAgo: 118, kind: 'visit', people: ['cio'], opportunity: null, summary: ['首次拜访赵总，了解核心系统替换的背景。', 'First visit to Mr Zhao: the background of the core replacement.'], nextStep: ['约架构处何文做技术交流', 'Book a technical session with He Wen of architecture'] },
  { daysAgo: 104, kind: 'meeting', people: ['archLead', 'itDeputy'], opportunity: 'core', summary: ['技术交流：分布式架构路线，何文很认同。', 'Technical session on the distributed roadmap; He Wen is convinced.'] },
  { daysAgo: 88, kind: 'call', people: ['archLead'], opportunity: 'core', summary: ['何文透露立项评分规则：技术 60 / 商务 40。', 'He Wen shared the approval scoring rules: 60 technical / 40 commercial.'] },
  { daysAgo: 76, kind: 'visit', people: ['cio', 'itDeputy'], opportunity: 'core', summary: ['确认预算和时间表，赵总同意牵头立项。', 'Budget and timeline confirmed; Mr Zhao will lead the approval.'] },
  { daysAgo: 62, kind: 'meeting', people: ['cfo', 'budget'], opportunity: 'core', summary: ['向财务部介绍投入产出测算。', 'Walked finance through the return calculation.'], nextStep: ['补充三年 TCO 对比表', 'Add a three-year TCO comparison'] },
  { daysAgo: 55, kind: 'visit', people: ['itDeputy', 'opsIt'], opportunity: 'cloud', summary: ['私有云需求初步沟通，吴海担心运维人手。', 'First talk about the private cloud; Wu Hai worries about staffing.'] },
  { daysAgo: 41, kind: 'meeting', people: ['president', 'vpTech'], opportunity: 'core', summary: ['高层拜访：行长关注数字化考核排名。', 'Executive visit: the president cares about the digital ranking.'] },
  { daysAgo: 33, kind: 'call', people: ['procHead'], opportunity: 'core', summary: ['了解采购流程：综合评分法。', 'Learned the purchase process: a scored tender.'] },
  { daysAgo: 26, kind: 'meeting', people: ['cio', 'archLead', 'devLead'], opportunity: 'core', summary: ['立项会前准备，何文提醒风险副行长的顾虑。', 'Before the approval meeting; He Wen warned of the risk VP’s concerns.'] },
  { daysAgo: 21, kind: 'visit', people: ['cio', 'security'], opportunity: 'cloud', summary: ['云平台安全要求沟通。', 'Cloud security requirements.'] },
  { daysAgo: 17, kind: 'message', people: ['vpRisk'], opportunity: 'core', summary: ['给孙副行长发送同业迁移案例，未回复。', 'Sent Vice-president Sun a peer migration case; no answer.'] },
  { daysAgo: 12, kind: 'call', people: ['archLead'], opportunity: 'core', summary: ['何文：林副行长下周听取架构汇报，可以一起参加。', 'He Wen: Vice-president Lin hears the architecture review next week; we may join.'], nextStep: ['准备给林副行长的架构汇报材料', 'Prepare the architecture review for Vice-president Lin'], turned: { owner: 'presales', due: 5 } },
  { daysAgo: 6, kind: 'meeting', people: ['vpTech', 'archLead'], opportunity: 'core', summary: ['林副行长听取架构汇报，对分批迁移方案有兴趣。', 'Vice-president Lin heard the architecture review; interested in the migration in waves.'], nextStep: ['约林副行长单独沟通预算', 'Meet Vice-president Lin alone about the budget'] },
  { daysAgo: 3, kind: 'call', people: ['cfo'], opportunity: 'core', summary: ['高总询问 TCO 对比表进度。', 'Mr Gao asked about the TCO comparison.'] },
  { daysAgo: 1, kind: 'visit', people: ['itDeputy', 'opsIt', 'opsCenter'], opportunity: 'cloud', summary: ['云平台需求调研第一轮。', 'First round of cloud requirement interviews.'] },
];

/** Changes the history keeps, before the sample's data was entered (people are created as they are now). */
const HISTORY: { person: PersonKey; field: 'relationship' | 'attitude'; before: string; after: string; daysAgo: number }[] = [
  { person: 'cio', field: 'relationship', before: 'meeting', after: 'trusted', daysAgo: 75 },
  { person: 'archLead', field: 'relationship', before: 'trusted', after: 'ally', daysAgo: 50 },
  { person: 'vpRisk', field: 'attitude', before: 'neutral', after: 'opponent', daysAgo: 30 },
  { person: 'vpTech', field: 'relationship', before: 'acquainted', after: 'meeting', daysAgo: 6 },
];

/** A link the plan relies on: the coach advises the economic buyer on architecture. */
const LINK = { source: 'archLead' as PersonKey, target: 'vpTech' as PersonKey, label: ['架构建议', 'Architecture advice'] as Text };

// ---------------------------------------------------------------- in one language

export interface SamplePlans {
  plans: (Omit<PlanSpec, 'moves'> & { moves: { daysAgo: number; ticked: string[]; override?: string }[] })[];
  tasks: (Omit<TaskSpec, 'title' | 'notes'> & { title: string; notes: string })[];
  phaseTasks: typeof PHASE_TASKS;
  activities: (Omit<ActivitySpec, 'summary' | 'nextStep'> & { summary: string; nextStep: string })[];
  history: typeof HISTORY;
  link: { source: PersonKey; target: PersonKey; label: string };
}

function build(language: Language): SamplePlans {
  const say = (text: Text) => (language === 'zh-CN' ? text[0] : text[1]);
  return {
    plans: PLANS.map((p) => ({ ...p, moves: p.moves.map((m) => ({ daysAgo: m.daysAgo, ticked: m.ticked, ...(m.override ? { override: say(m.override) } : {}) })) })),
    tasks: TASKS.map((t) => ({ ...t, title: say(t.title), notes: t.notes ? say(t.notes) : '' })),
    phaseTasks: PHASE_TASKS,
    activities: ACTIVITIES.map((a) => ({ ...a, summary: say(a.summary), nextStep: a.nextStep ? say(a.nextStep) : '' })),
    history: HISTORY,
    link: { source: LINK.source, target: LINK.target, label: say(LINK.label) },
  };
}

export const samplePlans: Record<Language, SamplePlans> = { 'zh-CN': build('zh-CN'), en: build('en') };
