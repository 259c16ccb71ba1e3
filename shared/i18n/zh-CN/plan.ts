/**
 * Chinese (zh-CN) strings of stage plans.
 * Typed against en/plan.ts: a missing or extra key does not compile.
 */
import type { Messages } from '../en/index.js';

export const plan: Messages['plan'] = {
  gateRefusals: {
    criteriaMissing: '尚未达到关键节点：还有 {{count}} 项退出标准未完成。请先完成，或说明理由后强制推进。',
    overrideReasonRequired: '未完成全部退出标准就越过关键节点，请说明理由。',
    atLastStage: '这已是最后一个阶段，后面没有阶段了。',
    atFirstStage: '这已是第一个阶段，前面没有阶段了。',
  },
  templateProblems: {
    emptyKey: '模板需要一个代码。',
    badVersion: '版本号必须是从 1 开始的整数。',
    emptyName: '模板需要名称。',
    noStages: '销售流程至少需要一个阶段。',
    duplicateStageKey: '第 {{stage}} 阶段：代码“{{key}}”已被其他阶段使用。',
    emptyStageKey: '第 {{stage}} 阶段需要代码。',
    emptyStageName: '第 {{stage}} 阶段需要名称。',
    emptyKeyNode: '第 {{stage}} 阶段需要关键节点。',
    emptyItemKey: '第 {{stage}} 阶段：每个检查项和任务都需要代码。',
    duplicateCriterionKey: '第 {{stage}} 阶段：两项退出标准使用了同一代码“{{key}}”。',
    duplicateTaskKey: '第 {{stage}} 阶段：两项任务使用了同一代码“{{key}}”。',
    emptyLabel: '第 {{stage}} 阶段：有检查项或任务没有内容。',
    emptyObjective: '第 {{stage}} 阶段：有目标没有内容。',
  },
  moveKinds: {
    advance: '达到关键节点',
    override: '强制越过关键节点',
    back: '退回上一阶段',
  },
  taskStatus: { open: '未完成', done: '已完成', cancelled: '已取消' },
  activityKinds: { call: '电话', visit: '拜访', meeting: '会议', message: '消息', other: '其他' },
  keyNode: '关键节点',
  startMarker: '开始标志',
  endMarker: '结束标志',
  exitCriteria: '退出标准',
  objectives: '目标',
  tasks: '任务',
};
