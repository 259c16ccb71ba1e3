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
  notKeyplanTitle: '这不是 Keyplan 的数据文件',
  notKeyplan: '该数据库文件存放的是其他程序的数据，Keyplan 没有修改它，即将关闭。',
  damagedTitle: 'Keyplan 的数据文件已损坏',
  damaged: 'Keyplan 发现数据库文件已损坏，没有向其中写入任何内容。',
  damagedRestore: 'Keyplan 可以用最新的完好备份替换它：{{date}} 的备份。该备份之后所做的修改不在其中。损坏的文件会保留（不会删除），保存为 {{path}}。',
  damagedNoBackup: '在 {{folder}} 中没有找到完好的备份。Keyplan 即将关闭，损坏的文件保持原样。',
  restoreBackup: '恢复 {{date}} 的备份',
  quit: '退出 Keyplan',
  recoveredTitle: '已恢复备份',
  recovered: 'Keyplan 已恢复 {{date}} 的备份。损坏的文件已保留为 {{path}}。',
  rendererMissing: 'Keyplan 的界面文件缺失（{{path}}）。请运行 `npm run build`，或重新安装 Keyplan。',
};
