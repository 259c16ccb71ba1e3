/** Chinese (zh-CN) strings of saving, printing and showing files. Typed against en/files.ts. */
import type { Messages } from '../en/index.js';

export const files: Messages['files'] = {
  filters: {
    svg: 'SVG 图片',
    png: 'PNG 图片',
    pdf: 'PDF 文档',
    csv: 'CSV 表格',
    xlsx: 'Excel 工作簿',
    json: 'Keyplan 交换文件',
    ics: '日历文件',
  },
  errors: {
    writeFailed: '文件无法写入：{{reason}}',
    notSaved: '此文件不是 Keyplan 在本次运行中保存的。',
  },
};
