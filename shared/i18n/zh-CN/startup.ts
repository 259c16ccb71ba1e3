/**
 * Chinese (zh-CN) strings of the dialogs shown when the app cannot start (main process).
 * Typed against en/startup.ts: a missing or extra key does not compile.
 */
import type { Messages } from '../en/index.js';

export const startup: Messages['startup'] = {
  openFailedTitle: 'Keyplan 无法打开你的数据',
  openFailed: 'Keyplan 无法打开数据库文件，即将关闭。没有修改或删除任何内容。',
  migrationFailedTitle: 'Keyplan 无法更新你的数据',
  migrationFailed: 'Keyplan 无法将数据库更新到此版本，即将关闭。没有删除或还原任何内容。',
  reason: '失败原因：{{reason}}',
  databaseAt: '数据库文件（保持原样）：{{path}}',
  backupAt: '更新前的备份：{{path}}',
  noBackup: '无需备份：更新在修改任何内容之前就已停止。',
  startFailedTitle: 'Keyplan 无法启动',
  startFailed: 'Keyplan 在启动时停止。没有修改或删除任何内容。',
  rendererMissing: 'Keyplan 的界面文件缺失（{{path}}）。请运行 `npm run build`，或重新安装 Keyplan。',
};
