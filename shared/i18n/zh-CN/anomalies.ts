/**
 * Chinese (zh-CN) strings of anomalies.
 * Typed against en/anomalies.ts: a missing or extra key does not compile.
 */
import type { Messages } from '../en/index.js';

export const anomalies: Messages['anomalies'] = {
  title: '异常',
  severity: { high: '高', medium: '中', low: '低' },
  dismissed: '已忽略：{{reason}}',
  dismiss: '忽略',
  dismissReason: '为什么这不是问题？',
  suggestion: '下一步',
  fix: {
    person: '查看此人',
    opportunity: '查看销售机会',
    plan: '查看计划',
    tasks: '查看任务',
    scorecard: '查看评分卡',
  },
  rules: {
    no_coach: {
      name: '没有向导',
      message: '“{{opportunity}}”没有向导：这个项目里没有人向我们透露内部情况。',
      account: '这个客户里还没有我们的向导：我们得不到任何内部信息。',
      why: '没有向导，往往在决策做出之后才知道结果。',
    },
    decision_maker_not_trusted: {
      name: '决策者尚未拿下',
      decision_maker: '“{{opportunity}}”已推进到这一步，但决策者{{name}}与我们的关系仍未达到信赖。',
      economic_buyer: '“{{opportunity}}”已推进到这一步，但预算负责人{{name}}与我们的关系仍未达到信赖。',
      why: '从提案阶段起，拍板和出钱的人应当与我们达到信赖或更近的关系。',
    },
    opponent_without_plan: {
      name: '反对者无对策',
      message: '{{name}}影响力高且反对我们，但没有任何未完成的任务针对此人。',
      why: '放任有影响力的反对者，可能让整个项目失败。',
    },
    single_threaded: {
      name: '单线联系',
      message: '一切都系于{{name}}一人：在场的其他人与我们都还没到约会关系。',
      why: '一旦这位联系人调岗、离职或改变主意，我们就失去了通道。',
    },
    stage_stalled: {
      name: '阶段停滞',
      message: '“{{opportunity}}”已在同一阶段停留 {{days}} 天。',
      why: '迟迟不动的项目，往往正在流向别人。',
    },
    key_node_overridden: {
      name: '强制越过关键节点',
      message: '“{{opportunity}}”强制越过了关键节点（{{reason}}）；未完成的退出标准：{{count}} 项。',
      why: '被跳过的标准就是仍未消除的风险。',
    },
    score_fell: {
      name: '评分下降',
      message: '“{{opportunity}}”的评分自上次评估以来从 {{before}} 降到 {{after}}。',
      criteria: '“{{opportunity}}”自上次评估以来有 {{count}} 项标准得分下降。',
      why: '评分下降说明项目在滑落，请在下一步之前查明原因。',
    },
    scorecard_check: {
      name: '评分卡核对',
      why: '评分卡与关系图的信息不一致。',
    },
    task_overdue: {
      name: '任务逾期',
      message: '“{{title}}”应于 {{due}} 完成（已逾期 {{days}} 天）。',
      why: '逾期的任务说明计划没有被执行。',
    },
    no_recent_contact: {
      name: '长期未联系',
      message: '已有 {{days}} 天未与高影响力人物{{name}}联系（上次：{{last}}）。',
      never: '尚无与高影响力人物{{name}}的联系记录。',
      why: '与关键人物的关系，放着不管就会变冷。',
    },
  },
  suggestions: {
    developCoach: '发展一位向导：客户内部希望我们赢、并愿意告诉我们决策进展的人。',
    developCoachFrom: '把{{name}}发展为向导：此人已经支持我们。',
    askForIntroduction: '请{{opener}}引荐{{name}}：{{chain}}。',
    findWayIn: '寻找接近{{name}}的途径：我们信赖的人中还没有与其接近的。请梳理谁向其汇报、谁能影响其。',
    planForOpponent: '为{{name}}添加一项任务：了解其顾虑和诉求，以及谁能改变其看法。',
    widenContacts: '不要只接触{{name}}：多结识使用者、技术评估者及其上级。',
    widenContactsTo: '不要只依赖{{name}}：安排与{{next}}见面。',
    unblockStage: '查明“{{opportunity}}”卡在哪里：与向导逐条核对未完成的退出标准，约定下一步。',
    closeSkippedCriteria: '回到“{{opportunity}}”跳过的退出标准，计划如何补齐。',
    reviewScorecard: '复核“{{opportunity}}”的评分卡并更新计划。',
    rescheduleTask: '马上完成“{{title}}”，或重新设定截止日期。',
    planContact: '安排一次与{{name}}的电话或拜访。',
  },
  sinceLastWeek: {
    title: '自上次回顾以来',
    newAnomalies: '新出现的异常',
    resolved: '已解决',
    stageMoves: '阶段变化',
    scoreChanges: '评分变化',
    relationshipChanges: '关系变化',
    nothing: '没有变化。',
  },
  tab: '异常',
  label: '{{account}} 的异常',
  none: '没有异常：计划进展正常。',
  counts: '高 {{high}} · 中 {{medium}} · 低 {{low}}',
  dismissedCount: '已忽略 {{count}} 项',
  dismissTitle: '忽略“{{name}}”',
  dismissNamed: '忽略：{{message}}',
  restore: '恢复',
  restoreNamed: '恢复：{{message}}',
  showPath: '在关系图上显示引荐路径',
  pathHighlighting: '引荐路径：{{chain}}',
  clearPath: '显示所有人',
  why: '为什么重要',
  history: { dismiss: '忽略异常', restore: '恢复异常' },
  errors: {
    reasonRequired: '请说明为什么这不是问题。',
    notFound: '该异常已不再出现。',
    notDismissed: '该异常未被忽略。',
  },
};
