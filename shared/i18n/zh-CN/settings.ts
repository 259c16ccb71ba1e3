/**
 * Chinese (zh-CN) strings of the settings page.
 * Typed against en/settings.ts: a missing or extra key does not compile.
 */
import type { Messages } from '../en/index.js';

export const settings: Messages['settings'] = {
  title: '设置',
  language: '界面语言',
  languageHint: '在此选择之前，Keyplan 跟随系统语言。',
  languages: { 'zh-CN': '简体中文', en: 'English' },
  database: '你的数据',
  databaseHint: '所有数据都保存在本机的一个文件中，不会发送到任何地方。',
  databasePath: '数据库文件',
  version: '版本',
  schema: '数据库结构版本 {{version}}',
  saved: '语言已保存。',
};
