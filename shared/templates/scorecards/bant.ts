/** BANT (IBM's Budget, Authority, Need, Timeline): quick first qualification, four equal criteria on a 0–3 scale. */
import type { ScorecardTemplate } from '../../domain/scoring/types.js';
import { criterion, levels, text } from './build.js';

export const bantScorecard: ScorecardTemplate = {
  key: 'bant',
  version: 1,
  name: text('BANT', 'BANT'),
  description: text(
    '预算、权限、需求、时间：在投入大量资源之前快速判断销售机会是否值得跟进。',
    'Budget, Authority, Need, Timeline: a quick check of whether an opportunity deserves more time, before investing in it.',
  ),
  kind: 'weighted',
  criteria: [
    criterion({
      key: 'budget',
      label: text('预算', 'Budget'),
      weight: 25,
      suggestedRoles: ['economic_buyer'],
      scale: levels([
        [0, '没有', 'None', '没有预算，或不了解预算。', 'No budget, or nothing known about it.'],
        [1, '可以争取', 'Could be found', '目前没有预算，但客户表示如果方案合适可以争取。', 'No budget yet, but the client says one could be found for the right solution.'],
        [2, '存在', 'Exists', '预算存在，但金额或审批状态不清楚。', 'A budget exists, but its amount or approval is unclear.'],
        [3, '已确认', 'Confirmed', '预算已分配，金额与我们的报价相符。', 'The budget is allocated and fits our price.'],
      ]),
      questions: [
        ['有没有为这个项目安排预算？', 'Is there a budget for this project?'],
        ['金额范围是多少？批准了吗？', 'What is its range, and is it approved?'],
      ],
    }),
    criterion({
      key: 'authority',
      label: text('权限', 'Authority'),
      weight: 25,
      suggestedRoles: ['decision_maker', 'economic_buyer'],
      scale: levels([
        [0, '不清楚', 'Unknown', '不知道谁有权决定购买。', 'We do not know who can decide to buy.'],
        [1, '只接触到影响者', 'Influencers only', '我们只接触到影响者，他们无权决定。', 'We only talk to influencers who cannot decide.'],
        [2, '知道决策者', 'Decision-maker known', '知道决策者是谁，但只能通过别人间接接触。', 'We know the decision-maker but reach them only through others.'],
        [3, '决策者参与', 'Decision-maker engaged', '决策者直接参与，并确认了决策流程。', 'The decision-maker is engaged directly and has confirmed how the decision is made.'],
      ]),
      questions: [
        ['谁有权签字购买？', 'Who has the authority to sign?'],
        ['除了他，还有谁需要同意？', 'Who else must agree?'],
      ],
    }),
    criterion({
      key: 'need',
      label: text('需求', 'Need'),
      weight: 25,
      suggestedRoles: ['user', 'decision_maker'],
      scale: levels([
        [0, '没有', 'None', '客户没有我们能解决的需求。', 'The client has no need we can meet.'],
        [1, '推测', 'Suspected', '我们推测有需求，客户尚未确认。', 'We suspect a need the client has not confirmed.'],
        [2, '承认', 'Acknowledged', '客户承认有需求，但不急。', 'The client acknowledges the need, but it is not urgent.'],
        [3, '迫切', 'Urgent', '需求迫切，是客户的优先事项。', 'The need is urgent and a priority for the client.'],
      ]),
      questions: [
        ['客户面临什么问题？', 'What problem does the client face?'],
        ['这个问题有多紧迫？', 'How urgent is it?'],
      ],
    }),
    criterion({
      key: 'timeline',
      label: text('时间', 'Timeline'),
      weight: 25,
      suggestedRoles: ['decision_maker', 'coach'],
      scale: levels([
        [0, '没有', 'None', '没有采购时间表。', 'There is no buying timeline.'],
        [1, '模糊', 'Vague', '只有模糊的时间（“明年”）。', 'Only a vague time (“next year”).'],
        [2, '目标日期', 'Target date', '有目标日期，但没有驱动事件。', 'A target date, without an event that forces it.'],
        [3, '驱动事件', 'Compelling event', '日期由必须赶上的事件决定。', 'The date is set by an event the client must meet.'],
      ]),
      questions: [
        ['客户打算什么时候做决定、什么时候上线？', 'When will the client decide, and when go live?'],
        ['是什么事件决定了这个日期？', 'What event sets that date?'],
      ],
    }),
  ],
  thresholds: { pursue: 70, qualify: 45 },
};
