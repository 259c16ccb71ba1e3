/**
 * Chinese (zh-CN) strings of the app shell: its name, the navigation and words shared by every screen.
 * Typed against en/common.ts: a missing or extra key does not compile.
 */
import type { Messages } from '../en/index.js';

export const app: Messages['app'] = {
  name: 'Keyplan',
  tagline: '大客户销售规划，离线可用',
  loading: '加载中…',
  skipToContent: '跳到正文',
};

export const nav: Messages['nav'] = {
  accounts: '客户',
  settings: '设置',
  main: '主导航',
  back: '返回客户列表',
};

export const common: Messages['common'] = {
  save: '保存',
  saving: '正在保存…',
  cancel: '取消',
  delete: '删除',
  edit: '编辑',
  close: '关闭',
  undo: '撤销',
  confirm: '确认',
  none: '—',
  notSet: '未填写',
  archived: '已归档',
  showInFolder: '在文件夹中显示',
  retry: '重试',
};
