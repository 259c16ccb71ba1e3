/**
 * Real-Win-Worth it (George Day): is the opportunity real, can we win it, is it worth winning? Each question is
 * answered yes / maybe / no; any "no" stops the pursuit whatever the total (see scoreAssessment).
 */
import type { ScorecardTemplate } from '../../domain/scoring/types.js';
import { criterion, levels, namedLevels, text, type LevelRow } from './build.js';

const ANSWERS = [
  [2, '是', 'Yes'],
  [1, '也许', 'Maybe'],
  [0, '否', 'No'],
] as const;

/** yes / maybe / no, with what each answer means for one question. */
const answers = (yes: [string, string], maybe: [string, string], no: [string, string]): LevelRow[] => namedLevels(ANSWERS, [yes, maybe, no]);

export const rwwScorecard: ScorecardTemplate = {
  key: 'rww',
  version: 1,
  name: text('真实—能赢—值得 (RWW)', 'Real-Win-Worth it'),
  description: text(
    '三个问题：机会是真的吗？我们能赢吗？值得赢吗？任何一个“否”都应停下来，除非能把它变成“也许”。',
    'Three questions: is it real, can we win, is it worth it? Any “no” should stop the pursuit until it can be turned into a “maybe”.',
  ),
  kind: 'rww',
  groups: [
    { key: 'real', label: text('真实', 'Real') },
    { key: 'win', label: text('能赢', 'Win') },
    { key: 'worth', label: text('值得', 'Worth it') },
  ],
  criteria: [
    criterion({
      key: 'real_need',
      label: text('是否有真实需求？', 'Is there a real need?'),
      group: 'real',
      weight: 15,
      suggestedRoles: ['user', 'decision_maker'],
      scale: levels(
        answers(
          ['客户承认问题并说清了不解决的代价。', 'The client admits the problem and has said what doing nothing costs.'],
          ['有迹象表明存在问题，但客户尚未确认。', 'There are signs of a problem the client has not confirmed.'],
          ['客户没有我们能解决的问题。', 'The client has no problem we can solve.'],
        ),
      ),
      questions: [
        ['客户有什么必须解决的问题？', 'What problem must the client solve?'],
        ['我们的方案能解决它吗？', 'Can our solution solve it?'],
      ],
    }),
    criterion({
      key: 'can_buy',
      label: text('客户有能力购买吗？', 'Can they buy?'),
      group: 'real',
      weight: 15,
      suggestedRoles: ['economic_buyer', 'approver'],
      scale: levels(
        answers(
          ['有预算，或预算负责人已承诺安排。', 'There is a budget, or the economic buyer has committed to one.'],
          ['预算不确定，需要申请或调整。', 'The budget is uncertain and must be requested or moved.'],
          ['没有钱，也没有办法获得。', 'There is no money and no way to get it.'],
        ),
      ),
      questions: [
        ['有预算吗？谁能批准？', 'Is there a budget, and who can approve it?'],
        ['采购流程是否允许从我们这里买？', 'Does their buying process allow them to buy from us?'],
      ],
    }),
    criterion({
      key: 'will_buy',
      label: text('客户会购买吗？', 'Will they buy?'),
      group: 'real',
      weight: 10,
      suggestedRoles: ['decision_maker', 'coach'],
      scale: levels(
        answers(
          ['有驱动事件和时间表，决策者承诺今年做决定。', 'There is a compelling event and a timeline, and the decision-maker commits to deciding this year.'],
          ['有兴趣，但没有紧迫性。', 'There is interest, but no urgency.'],
          ['客户很可能维持现状，不做决定。', 'The client will most likely keep things as they are.'],
        ),
      ),
      questions: [
        ['不买的话客户会怎样？', 'What happens to the client if they do not buy?'],
        ['是什么事件迫使客户现在行动？', 'What event forces them to act now?'],
      ],
    }),
    criterion({
      key: 'can_compete',
      label: text('我们有竞争力吗？', 'Can we compete?'),
      group: 'win',
      weight: 15,
      suggestedRoles: ['technical_evaluator', 'coach'],
      scale: levels(
        answers(
          ['我们满足关键评估项，且有客户认可的差异优势和参考案例。', 'We meet the key criteria, with advantages and reference cases the client values.'],
          ['我们能满足要求，但与对手差别不大。', 'We meet the requirements, but differ little from the others.'],
          ['我们无法满足关键要求。', 'We cannot meet a key requirement.'],
        ),
      ),
      questions: [
        ['我们的方案能满足客户的关键评估项吗？', 'Does our solution meet the client’s key criteria?'],
        ['客户认为我们和对手有什么不同？', 'How does the client think we differ from the competitors?'],
      ],
    }),
    criterion({
      key: 'can_win',
      label: text('我们能赢吗？', 'Can we win?'),
      group: 'win',
      weight: 15,
      suggestedRoles: ['decision_maker', 'coach'],
      scale: levels(
        answers(
          ['我们有拥护者和向导，决策者倾向我们。', 'We have a champion and a coach, and the decision-maker leans our way.'],
          ['关系一般，胜负未定。', 'Our relationships are ordinary and the outcome is open.'],
          ['决策者偏向对手，或我们接触不到决策者。', 'The decision-maker favours a competitor, or we cannot reach them.'],
        ),
      ),
      questions: [
        ['我们的团队和关系足以赢下吗？', 'Are our team and relationships enough to win?'],
        ['谁在支持我们？谁反对？', 'Who supports us, and who opposes us?'],
      ],
    }),
    criterion({
      key: 'profitable',
      label: text('能盈利吗？', 'Is it profitable?'),
      group: 'worth',
      weight: 15,
      scale: levels(
        answers(
          ['按预期价格和交付成本，利润达到我们的要求。', 'At the expected price and delivery cost, the margin meets our standard.'],
          ['利润偏低，或交付成本不确定。', 'The margin is thin, or the delivery cost uncertain.'],
          ['会亏损，或风险远大于收益。', 'We would lose money, or the risk far exceeds the gain.'],
        ),
      ),
      questions: [
        ['预期价格和交付成本是多少？', 'What are the expected price and the delivery cost?'],
        ['交付风险有多大？', 'How big is the delivery risk?'],
      ],
    }),
    criterion({
      key: 'worth_it',
      label: text('值得做吗？', 'Is it worth it?'),
      group: 'worth',
      weight: 15,
      scale: levels(
        answers(
          ['符合我们的战略，能带来参考案例或后续机会。', 'It fits our strategy and brings a reference case or follow-on business.'],
          ['战略价值有限，但不冲突。', 'Limited strategic value, but no conflict.'],
          ['偏离战略，或占用了更好机会的资源。', 'Off strategy, or it takes resources from better opportunities.'],
        ),
      ),
      questions: [
        ['赢下后对我们的战略有什么意义？', 'What does winning mean for our strategy?'],
        ['投入的资源用在别处是否更值得？', 'Would the resources be worth more elsewhere?'],
      ],
    }),
  ],
  thresholds: { pursue: 75, qualify: 50 },
};
