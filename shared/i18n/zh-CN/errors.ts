/**
 * Chinese (zh-CN) strings of validation and backend errors (also the English text of error envelopes).
 * Typed against en/errors.ts: a missing or extra key does not compile.
 */
import type { Messages } from '../en/index.js';

export const errors: Messages['errors'] = {
  required: '必填。',
  tooLong: '内容太长。',
  tooSmall: '数值太小。',
  tooLarge: '数值太大。',
  number: '请输入数字。',
  notNegative: '不能为负数。',
  choose: '请从选项中选择。',
  text: '请输入文字。',
  invalid: '无效的值。',
  unknownChannel: '未知的请求“{{channel}}”。',
  badInput: '有些字段需要修改。',
  notFound: '未找到。',
  accountNotFound: '该客户不存在。',
  duplicateName: '已有名为“{{name}}”的客户。',
  nameTaken: '已有同名客户。',
  sampleExists: '示例客户已在工作区中。',
  personNotFound: '该人物不存在（可能已被删除）。',
  managerNotFound: '所选的上级不存在（可能已被删除）。',
  selfManager: '不能把自己设为自己的上级。',
  reportingCycle: '这样会形成汇报循环：{{name}} 已经直接或间接地向此人汇报。',
  crossAccount: '不同客户的人物之间不能建立关系或汇报线。',
  selfLink: '关系线需要连接两个不同的人。',
  duplicateLink: '这两人之间已有同类型的关系线。',
  linkNotFound: '该关系线不存在（可能已被删除）。',
  linkPersonDeleted: '无法恢复该关系线：其中一人已被删除。',
  teamMemberNotFound: '该团队成员不存在（可能已被移除）。',
  duplicateTeamMember: '已有名为“{{name}}”的团队成员。',
  untrustedSender: '已拒绝：该请求并非来自 Keyplan 自己的页面。',
  badFileName: '文件名不能包含 / 或 \\。',
  internal: 'Keyplan 内部出错，未做任何修改。',
  noBridge: 'Keyplan 后端未连接。',
  loadFailed: '加载失败：{{message}}',
  saveFailed: '未保存：{{message}}',
};
