/**
 * Chinese (zh-CN) strings of the backups section of the settings page.
 * Typed against en/backups.ts: a missing or extra key does not compile.
 */
import type { Messages } from '../en/index.js';

export const backups: Messages['backups'] = {
  title: '备份',
  hint: 'Keyplan 在启动时和每 6 小时自动备份你的数据（每天保留几份），保存在数据库文件旁的“backups”文件夹中。恢复备份会用其中的数据替换当前数据。恢复前的安全备份保留最新的 10 份；你手动创建的备份 Keyplan 不会删除。',
  backUpNow: '立即备份',
  backingUp: '正在备份…',
  created: '备份已完成。',
  listLabel: '备份',
  columns: { createdAt: '备份时间', kind: '类型', size: '大小', actions: '操作' },
  kinds: { automatic: '自动', manual: '手动', 'before-migration': '升级前', 'before-restore': '恢复前' },
  empty: '还没有备份。Keyplan 启动时会自动备份一次；你也可以立即备份。',
  restore: '恢复…',
  restoreLabel: '恢复 {{date}} 的备份',
  confirmTitle: '恢复这份备份？',
  confirmBody:
    '所有客户、关键人物、关系和团队成员都将替换为 {{date}} 这份备份中的内容。在此之前，Keyplan 会先备份你当前的数据：这份安全备份会出现在列表中，你可以随时恢复回来。界面语言设置保持不变。',
  confirm: '恢复',
  restoring: '正在恢复…',
  restored: '已恢复 {{date}} 的备份。恢复前的数据保存在列表顶部的安全备份中。',
  errors: {
    badName: '请从列表中选择备份：“{{name}}”不是备份文件名。',
    notFound: '备份文件夹中没有“{{name}}”（可能已被删除）。',
    unreadable: '这份备份文件已损坏或不是 Keyplan 数据库，未恢复。你的数据没有变化。',
    otherVersion: '这份备份来自更新或不同版本的 Keyplan，无法在这里恢复。你的数据没有变化。',
    badRow: '这份备份中有 Keyplan 不接受的数据（表“{{table}}”，行“{{id}}”，字段“{{field}}”），因此未恢复。你的数据没有变化。',
    upgradeFailed: '无法把这份备份升级到当前版本的 Keyplan（{{reason}}）。你的数据没有变化。',
    writeFailed: '无法写入备份（{{reason}}）。',
    safetyFailed: '无法先备份当前数据（{{reason}}），因此没有恢复。你的数据没有变化。',
    restoreFailed: '恢复失败（{{reason}}）。你的数据没有变化。',
  },
};
