/** Keyplan's default scorecard: the six key elements of an opportunity, plus strategic fit, each on a 0–4 scale. */
import type { ScorecardTemplate } from '../../domain/scoring/types.js';
import { criterion, levels, text } from './build.js';

export const keyplanScorecard: ScorecardTemplate = {
  key: 'keyplan',
  version: 1,
  name: text('Keyplan 销售机会评估', 'Keyplan opportunity scorecard'),
  description: text(
    '从需求、进度、预算、竞争、决策、优先评估项和战略匹配七个方面客观评估销售机会。每项打分都要写明证据，并关联证据来自的关键人。',
    'Score the opportunity on need, timeline, budget, competition, decision, decision criteria and strategic fit. Every score names its evidence and the people it comes from.',
  ),
  kind: 'weighted',
  criteria: [
    criterion({
      key: 'need',
      label: text('需求', 'Need'),
      weight: 20,
      suggestedRoles: ['user', 'technical_evaluator', 'decision_maker'],
      scale: levels([
        [0, '未发现', 'None found', '还没有发现客户要解决的业务问题。', 'No business problem the client wants solved has been found.'],
        [1, '我方推测', 'Our assumption', '我们认为客户有需求，但客户自己还没有承认。', 'We believe there is a need, but the client has not acknowledged it.'],
        [2, '客户承认', 'Acknowledged', '客户承认存在问题，但影响尚未量化，也没有人为此负责。', 'The client admits the problem, but its impact is not quantified and nobody owns it.'],
        [3, '已量化', 'Quantified', '痛点已量化（成本、收入、风险），并与客户的业务目标挂钩。', 'The pain is quantified (cost, revenue, risk) and tied to a business goal of the client.'],
        [4, '决策者确认', 'Confirmed by the decision-maker', '决策者确认这是优先事项，并清楚不解决的后果。', 'The decision-maker confirms it is a priority and knows the cost of doing nothing.'],
      ]),
      questions: [
        ['客户要解决什么业务问题？', 'What business problem is the client trying to solve?'],
        ['不解决会怎样？代价是多少？', 'What happens if they do nothing, and what does that cost?'],
        ['谁在为这个问题痛？他们怎么描述这个痛点？', 'Who feels the pain, and how do they describe it?'],
        ['这个需求和客户今年的业务目标有什么关系？', 'How does the need relate to the client’s goals for this year?'],
      ],
    }),
    criterion({
      key: 'timeline',
      label: text('项目/购买进度表', 'Timeline'),
      weight: 10,
      suggestedRoles: ['decision_maker', 'coach', 'approver'],
      scale: levels([
        [0, '不清楚', 'Unknown', '不知道客户打算什么时候采购。', 'We do not know when the client intends to buy.'],
        [1, '以后再说', 'Someday', '客户说“以后”或“明年看看”，没有具体日期。', 'The client says “later” or “next year”, with no date.'],
        [2, '有目标日期', 'Target date', '客户给出了目标日期，但没有采购计划，也没有驱动事件。', 'The client has a target date, but no buying plan and no event driving it.'],
        [3, '有计划', 'Planned', '客户确认了评估、选型、签约的时间安排。', 'The client has confirmed dates for evaluation, selection and contract.'],
        [4, '有驱动事件', 'Compelling event', '日期由必须赶上的事件决定（上线、法规、财年预算），客户和我们共享了采购进度表。', 'The date is set by an event they must meet (go-live, regulation, budget year end), and the client shared the buying schedule with us.'],
      ]),
      questions: [
        ['什么时候必须完成？为什么是这个日期？', 'When must it be done, and why that date?'],
        ['评估、选型、签约、上线分别在什么时候？', 'When are evaluation, selection, contract and go-live?'],
        ['错过这个日期会有什么后果？', 'What happens if the date is missed?'],
        ['采购、法务、审批各需要多长时间？', 'How long do procurement, legal and approvals take?'],
      ],
    }),
    criterion({
      key: 'budget',
      label: text('预算', 'Budget'),
      weight: 15,
      suggestedRoles: ['economic_buyer', 'approver'],
      scale: levels([
        [0, '没有预算', 'No budget', '没有预算，或完全不了解预算情况。', 'There is no budget, or we know nothing about it.'],
        [1, '需要申请', 'To be created', '预算需要另行申请，还没有人答应去申请。', 'A budget would have to be requested, and nobody has agreed to request it.'],
        [2, '有预算，不清楚', 'Exists, unclear', '预算存在，但金额、归属或财年不清楚。', 'A budget exists, but its amount, owner or fiscal year is unclear.'],
        [3, '已分配', 'Allocated', '预算已分配，金额范围与我们的报价相符。', 'The budget is allocated and its range fits our offer.'],
        [4, '已批准', 'Approved', '预算已批准，预算负责人确认愿意把钱花在这个方案上。', 'The budget is approved and the economic buyer confirms they will spend it on this solution.'],
      ]),
      questions: [
        ['预算是否已经批准？金额范围是多少？', 'Is the budget approved, and what is its range?'],
        ['谁是预算负责人？我们见过他吗？', 'Who is the economic buyer, and have we met them?'],
        ['预算属于哪个财年、哪个部门？', 'Which fiscal year and which department does the budget belong to?'],
        ['如果超出预算，谁能追加？', 'If the price is over budget, who can add to it?'],
      ],
    }),
    criterion({
      key: 'competition',
      label: text('竞争', 'Competition'),
      weight: 15,
      suggestedRoles: ['coach', 'technical_evaluator'],
      scale: levels([
        [0, '对手已锁定', 'Locked by a competitor', '竞争对手是现有供应商，或需求规格是照着对手写的。', 'A competitor is the incumbent, or the requirements were written around them.'],
        [1, '对手领先', 'Competitor ahead', '有强劲的对手受到客户青睐，我们的差异点尚未被认可。', 'A strong competitor is favoured and our differences are not yet recognised.'],
        [2, '势均力敌', 'Open field', '几家供应商处于同一起跑线，客户还没有倾向。', 'Several vendors start level; the client has no preference yet.'],
        [3, '我方领先', 'We lead', '客户认可我们的差异点，向导确认我们领先。', 'The client recognises our differences, and our coach confirms we are ahead.'],
        [4, '首选', 'Preferred', '我们是首选或唯一供应商，对手的弱点已被客户确认。', 'We are the preferred or sole vendor, and the client has confirmed the competitors’ weaknesses.'],
      ]),
      questions: [
        ['还有谁在竞争？包括客户自己做和“不做决定”。', 'Who else competes, including building it in-house and “no decision”?'],
        ['客户怎么看我们和对手的差异？', 'How does the client see the difference between us and the others?'],
        ['客户内部谁支持对手？为什么？', 'Who inside the client supports a competitor, and why?'],
        ['我们有哪些参考案例能证明我们的优势？', 'Which reference cases prove our strengths?'],
      ],
    }),
    criterion({
      key: 'decision',
      label: text('决策（流程与决策者）', 'Decision (process and makers)'),
      weight: 20,
      suggestedRoles: ['decision_maker', 'economic_buyer', 'approver'],
      scale: levels([
        [0, '不清楚', 'Unknown', '不知道谁拍板，也不知道怎么决策。', 'We do not know who decides or how.'],
        [1, '只知道名字', 'Names only', '知道决策者是谁，但不了解决策流程，也没有接触。', 'We know who the decision-maker is, but not the process, and have no contact.'],
        [2, '了解流程', 'Process outlined', '大致了解决策步骤，但还没有接触到决策者或预算负责人。', 'We know the steps in outline, but have not reached the decision-maker or the economic buyer.'],
        [3, '已接触决策者', 'Met the decision-maker', '决策流程和各环节的人已摸清，我们见过决策者和预算负责人。', 'The process and the people at each step are mapped, and we have met the decision-maker and the economic buyer.'],
        [4, '决策者支持', 'Decision-maker supports us', '决策者和预算负责人支持我们，我们与他们的关系达到信赖；每一步的审批人和签字人都清楚。', 'The decision-maker and the economic buyer support us and trust us; every approver and signatory is known.'],
      ]),
      questions: [
        ['谁最终拍板？谁能否决？', 'Who makes the final call, and who can veto it?'],
        ['谁掌握预算？', 'Who controls the budget?'],
        ['决策要经过哪些步骤、哪些部门？', 'Which steps and departments does the decision go through?'],
        ['我们见过决策者吗？他对我们的态度如何？', 'Have we met the decision-maker, and what do they think of us?'],
      ],
    }),
    criterion({
      key: 'decision_criteria',
      label: text('优先评估项', 'Decision criteria'),
      weight: 10,
      suggestedRoles: ['technical_evaluator', 'decision_maker', 'user'],
      scale: levels([
        [0, '不清楚', 'Unknown', '不知道客户会用哪些标准来评估。', 'We do not know what the client will judge on.'],
        [1, '偏向对手', 'Favour a competitor', '评估标准已知，但偏向对手的优势。', 'The criteria are known but favour a competitor’s strengths.'],
        [2, '中立', 'Neutral', '评估标准已知，对各家一视同仁。', 'The criteria are known and favour nobody.'],
        [3, '已影响', 'Influenced', '我们影响了评估标准，使之向我们的优势靠拢。', 'We have shaped the criteria toward our strengths.'],
        [4, '对准我方优势', 'Built on our strengths', '最重要的评估项正是我们的价值主张所在，权重已得到客户确认。', 'The top criteria are where our value proposition lies, and the client has confirmed their weights.'],
      ]),
      questions: [
        ['客户会用哪些标准评估方案？哪一项最重要？', 'Which criteria will the client judge on, and which matters most?'],
        ['标准是谁定的？能否调整？', 'Who set the criteria, and can they still change?'],
        ['我们的价值主张是否对准了最重要的评估项？', 'Does our value proposition answer the top criterion?'],
      ],
    }),
    criterion({
      key: 'strategic_fit',
      label: text('战略匹配', 'Strategic fit'),
      weight: 10,
      scale: levels([
        [0, '不匹配', 'No fit', '超出我们的产品范围或目标市场。', 'Outside our offering or our target market.'],
        [1, '勉强', 'Stretch', '能做，但交付有风险，或需要大量定制。', 'We could do it, but delivery is risky or needs heavy customisation.'],
        [2, '一般', 'Fits', '符合我们的产品，但战略价值和利润一般。', 'Fits our offering, with ordinary strategic value and margin.'],
        [3, '良好', 'Good fit', '匹配度高，利润合理，可以成为参考案例。', 'A good fit with a sound margin that can become a reference case.'],
        [4, '战略性', 'Strategic', '打开客户或行业的大门，利润高，会带来后续机会。', 'Opens the account or the industry, with a high margin and follow-on business.'],
      ]),
      questions: [
        ['是否在我们的目标市场和核心能力范围内？', 'Is it within our target market and core capabilities?'],
        ['利润是否合理？交付风险是否可控？', 'Is the margin sound and the delivery risk manageable?'],
        ['赢下后能否成为参考案例，带来后续机会？', 'Will a win become a reference case and bring follow-on business?'],
      ],
    }),
  ],
  thresholds: { pursue: 70, qualify: 45 },
};
