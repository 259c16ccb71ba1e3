/**
 * MEDDPICC: Metrics, Economic buyer, Decision criteria, Decision process, Paper process, Identify pain, Champion,
 * Competition. Each element on 0–3: unknown, identified, partly validated, validated with the client.
 */
import type { ScorecardTemplate } from '../../domain/scoring/types.js';
import { criterion, levels, namedLevels, text, type LevelRow } from './build.js';

const STAGES = [
  [0, '未知', 'Unknown'],
  [1, '已识别', 'Identified'],
  [2, '部分验证', 'Partly validated'],
  [3, '已验证', 'Validated'],
] as const;

/** The four MEDDPICC levels, with what "identified / partly / validated" means for one element. */
const stages = (...meanings: [string, string][]): LevelRow[] => namedLevels(STAGES, [['还没有任何信息。', 'Nothing known yet.'], ...meanings]);

export const meddpiccScorecard: ScorecardTemplate = {
  key: 'meddpicc',
  version: 1,
  name: text('MEDDPICC', 'MEDDPICC'),
  description: text(
    '复杂大项目的资格评估：量化指标、预算负责人、决策标准、决策流程、采购流程、痛点、拥护者和竞争。',
    'Qualification for complex deals: metrics, economic buyer, decision criteria, decision process, paper process, pain, champion and competition.',
  ),
  kind: 'weighted',
  criteria: [
    criterion({
      key: 'metrics',
      label: text('量化指标 (Metrics)', 'Metrics'),
      weight: 15,
      suggestedRoles: ['economic_buyer', 'decision_maker'],
      scale: levels(
        stages(
          ['知道客户关心哪些指标，但没有数字。', 'We know which measures the client cares about, but have no figures.'],
          ['有了基线数字和目标，但客户尚未认可我们的测算。', 'We have baseline figures and targets, but the client has not accepted our estimate.'],
          ['预算负责人认可了方案带来的量化收益。', 'The economic buyer has agreed the quantified gain of our solution.'],
        ),
      ),
      questions: [
        ['客户用什么指标衡量成功？', 'Which measures will the client use to judge success?'],
        ['现在的数字是多少？目标是多少？', 'What are the figures today, and what is the target?'],
        ['客户认可我们测算的收益吗？', 'Does the client accept our estimate of the gain?'],
      ],
    }),
    criterion({
      key: 'economic_buyer',
      label: text('预算负责人 (Economic buyer)', 'Economic buyer'),
      weight: 15,
      suggestedRoles: ['economic_buyer'],
      scale: levels(
        stages(
          ['知道预算负责人是谁。', 'We know who the economic buyer is.'],
          ['见过预算负责人，但他还没有表态。', 'We have met the economic buyer, who has not yet committed.'],
          ['预算负责人明确支持这个项目和我们的方案。', 'The economic buyer openly supports the project and our solution.'],
        ),
      ),
      questions: [
        ['谁能在没有别人批准的情况下花这笔钱？', 'Who can spend this money without anyone else’s approval?'],
        ['我们见过他吗？他关心什么？', 'Have we met them, and what do they care about?'],
      ],
    }),
    criterion({
      key: 'decision_criteria',
      label: text('决策标准 (Decision criteria)', 'Decision criteria'),
      weight: 10,
      suggestedRoles: ['technical_evaluator', 'decision_maker'],
      scale: levels(
        stages(
          ['知道客户有哪些评估标准。', 'We know what the client’s criteria are.'],
          ['知道各标准的权重，我们在关键项上有优势。', 'We know their weights and lead on the key ones.'],
          ['我们影响了标准，客户确认我们最符合。', 'We shaped the criteria, and the client confirms we meet them best.'],
        ),
      ),
      questions: [
        ['客户用哪些技术和商务标准选择供应商？', 'Which technical and commercial criteria will choose the vendor?'],
        ['哪些是必须满足的？哪些可以取舍？', 'Which are musts, and which can be traded?'],
      ],
    }),
    criterion({
      key: 'decision_process',
      label: text('决策流程 (Decision process)', 'Decision process'),
      weight: 15,
      suggestedRoles: ['decision_maker', 'approver', 'coach'],
      scale: levels(
        stages(
          ['知道大致的决策步骤。', 'We know the steps in outline.'],
          ['知道每一步的负责人和时间。', 'We know who owns each step, and when.'],
          ['客户和我们一起确认了决策流程和时间表。', 'The client has confirmed the process and its dates with us.'],
        ),
      ),
      questions: [
        ['从评估到签约要经过哪些步骤？', 'Which steps lead from evaluation to signature?'],
        ['每一步谁参与、谁拍板？', 'Who takes part in each step, and who decides?'],
      ],
    }),
    criterion({
      key: 'paper_process',
      label: text('采购流程 (Paper process)', 'Paper process'),
      weight: 10,
      suggestedRoles: ['approver', 'gatekeeper'],
      scale: levels(
        stages(
          ['知道需要走采购、法务流程。', 'We know procurement and legal are involved.'],
          ['知道需要哪些文件、审批和时间。', 'We know the documents, approvals and time needed.'],
          ['合同、审批和签字的步骤已与采购和法务逐项确认。', 'Contract, approvals and signatures are agreed step by step with procurement and legal.'],
        ),
      ),
      questions: [
        ['签约需要哪些审批和文件？要多长时间？', 'Which approvals and documents does signing need, and how long do they take?'],
        ['有没有供应商准入、招标或法务审查？', 'Is there vendor onboarding, a tender or a legal review?'],
      ],
    }),
    criterion({
      key: 'identify_pain',
      label: text('痛点 (Identify pain)', 'Identify pain'),
      weight: 15,
      suggestedRoles: ['user', 'decision_maker', 'economic_buyer'],
      scale: levels(
        stages(
          ['发现了一个业务痛点。', 'We have found a business pain.'],
          ['痛点的影响已量化，有人为此负责。', 'Its impact is quantified and somebody owns it.'],
          ['决策者确认痛点迫切，必须解决。', 'The decision-maker confirms the pain is urgent and must be solved.'],
        ),
      ),
      questions: [
        ['客户最痛的是什么？对业务有什么影响？', 'What hurts the client most, and what does it do to the business?'],
        ['谁最痛？痛点是怎么传导到决策者的？', 'Who hurts most, and how does the pain reach the decision-maker?'],
      ],
    }),
    criterion({
      key: 'champion',
      label: text('拥护者 (Champion)', 'Champion'),
      weight: 10,
      suggestedRoles: ['coach', 'influencer'],
      scale: levels(
        stages(
          ['有人对我们友好，可能成为拥护者。', 'Someone is friendly and could become a champion.'],
          ['他有影响力，愿意为我们提供信息。', 'They have influence and share information with us.'],
          ['他在客户内部主动推动我们的方案，并已经验证过。', 'They actively sell our solution inside the client, and have been tested.'],
        ),
      ),
      questions: [
        ['谁在客户内部为我们说话？', 'Who speaks for us inside the client?'],
        ['他有权力和影响力吗？他能从我们的成功中得到什么？', 'Do they have power and influence, and what do they gain if we win?'],
        ['他有没有为我们做过实际的事（引荐、提供信息）？', 'Have they done something real for us (an introduction, information)?'],
      ],
    }),
    criterion({
      key: 'competition',
      label: text('竞争 (Competition)', 'Competition'),
      weight: 10,
      suggestedRoles: ['coach', 'technical_evaluator'],
      scale: levels(
        stages(
          ['知道有哪些竞争对手。', 'We know who the competitors are.'],
          ['了解对手的方案、价格和支持者。', 'We know their solutions, prices and supporters.'],
          ['客户认可我们相对对手的差异优势。', 'The client recognises our advantage over them.'],
        ),
      ),
      questions: [
        ['还有谁在竞争，包括客户自己做？', 'Who else competes, including doing it in-house?'],
        ['客户内部谁支持对手？', 'Who inside the client backs a competitor?'],
      ],
    }),
  ],
  thresholds: { pursue: 70, qualify: 50 },
};
