/**
 * Chinese (zh-CN) strings of our team page.
 * Typed against en/team.ts: a missing or extra key does not compile.
 */
import type { Messages } from '../en/index.js';

export const team: Messages['team'] = {
  nav: '我方团队',
  title: '我方团队',
  intro: '我方负责维护客户关键人物关系的成员。可在关系图或关键人物表中指定为负责人；覆盖视图按负责人着色。',
  listLabel: '团队成员',
  name: '姓名',
  role: '角色',
  rolePlaceholder: '例如：客户经理、售前、销售总监',
  add: '添加成员',
  added: '{{name}} 已加入团队。',
  edit: '编辑{{name}}',
  saved: '已保存修改。',
  remove: '移除{{name}}',
  removeLabel: '移除',
  removeTitle: '移除此团队成员？',
  removeBody: '“{{name}}”将离开团队。其负责的客户人物将没有负责人。此操作无法撤销。',
  removed: '已将 {{name}} 移出团队。',
  emptyTitle: '还没有团队成员',
  emptyBody: '添加你自己以及会接触该客户关键人物的同事。',
  count_one: '{{count}} 名成员',
  count_other: '{{count}} 名成员',
  nameTaken: '团队中已有同名成员。',
  actions: '操作',
};
