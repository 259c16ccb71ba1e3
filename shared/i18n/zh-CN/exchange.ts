/**
 * Chinese (zh-CN) strings of exports: the key-person table as CSV/XLSX, and accounts as exchange files.
 * Typed against en/exchange.ts: a missing or extra key does not compile.
 */
import type { Messages } from '../en/index.js';

export const peopleExport: Messages['peopleExport'] = {
  csv: '导出 CSV',
  xlsx: '导出 Excel',
  hint: '按本表的列保存当前显示的人物（已应用筛选和排序）',
  sheet: '关键人物',
  done_one: '已将 {{count}} 人保存到 {{file}}。',
  done_other: '已将 {{count}} 人保存到 {{file}}。',
  failed: '导出失败：{{message}}',
};

export const exchange: Messages['exchange'] = {
  exportButton: '导出交换文件',
  exportHint: '把此客户（概况、人物、关系、销售机会及其购买影响者、竞争对手、评分和谈判计划、机会地图，以及其中提到的团队成员）保存为 Keyplan 交换文件，可在另一台电脑上打开',
  exported: '已保存 {{file}}：{{people}} 人。',
  exportFailed: '导出失败：{{message}}',
  importButton: '导入客户',
  importTitle: '从交换文件导入客户',
  importIntro: '选择在本机或其他电脑上保存的 Keyplan 交换文件（.json）。其中每个客户都会作为新客户加入；不会改动这里已有的任何内容。',
  choose: '选择交换文件',
  reading: '正在读取…',
  summary: '{{file}}（Keyplan {{appVersion}}，保存于 {{exportedAt}}）',
  accountLine: '{{name}}：{{people}} 人，{{links}} 条关系，{{opportunities}} 个销售机会',
  renamed: '将以“{{name}}”加入（此名称在这里已被使用）',
  teamLine_one: '文件中有 {{count}} 名团队成员被指定为负责人：按姓名匹配，没有的会加入我方团队。',
  teamLine_other: '文件中有 {{count}} 名团队成员被指定为负责人：按姓名匹配，没有的会加入我方团队。',
  submit_one: '导入 {{count}} 个客户',
  submit_other: '导入 {{count}} 个客户',
  importing: '正在导入…',
  imported_one: '已导入客户“{{name}}”。',
  imported_other: '已导入 {{count}} 个客户。',
  redo: '重做',
  exportAll: '全部导出',
  exportAllHint: '把所有客户保存为一个 Keyplan 交换文件',
  allFileName: 'Keyplan 客户',
  history: '导入客户',
  undone: '已撤销导入：导入的客户已移到回收站。',
  redone: '已重做导入。',
  errors: {
    notJson: '这不是 Keyplan 交换文件：第 {{line}} 行第 {{column}} 列不是有效的 JSON。',
    notExchange: '这不是 Keyplan 交换文件（没有 “format”: “keyplan-exchange”）。',
    newerVersion: '此文件由更新版本的 Keyplan 保存（格式版本 {{version}}；当前 Keyplan 只能读取版本 {{supported}}）。请先更新 Keyplan。',
    newerSection: '此文件含有当前 Keyplan 不认识的部分（“{{section}}”），是由更新版本的 Keyplan 保存的。请先更新 Keyplan。',
    invalid: '文件已损坏或被手动改过：{{path}}：{{problem}}',
    brokenReference: '文件已损坏：{{path}} 指向的“{{id}}”不在文件中。',
    duplicateId: '文件已损坏：{{path}} 再次使用了编号“{{id}}”。',
    truncated: '文件不完整：数据在中途结束（第 {{line}} 行）。请在另一台电脑上重新保存。',
    cycle: '文件已损坏：{{path}} 形成了汇报环。',
    unknownField: '当前 Keyplan 不认识的字段',
    tooLarge: '文件大小为 {{size}} MB，一次导入最多读取 {{max}} MB。',
    empty: '文件中没有客户。',
  },
};
