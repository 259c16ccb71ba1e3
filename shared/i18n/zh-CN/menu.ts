/**
 * Chinese (zh-CN) strings of the application menu (built in the main process).
 * Typed against en/menu.ts: a missing or extra key does not compile.
 */
import type { Messages } from '../en/index.js';

export const menu: Messages['menu'] = {
  file: '文件',
  newAccount: '新建客户',
  settings: '设置…',
  quit: '退出 Keyplan',
  close: '关闭窗口',
  edit: '编辑',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  selectAll: '全选',
  view: '视图',
  reload: '重新加载',
  toggleDevTools: '切换开发者工具',
  resetZoom: '实际大小',
  zoomIn: '放大',
  zoomOut: '缩小',
  fullscreen: '切换全屏',
  window: '窗口',
  minimize: '最小化',
  zoom: '缩放',
  front: '前置全部窗口',
  help: '帮助',
  about: '关于 Keyplan',
  showDataFile: '在文件夹中显示数据文件',
  services: '服务',
  hide: '隐藏 Keyplan',
  hideOthers: '隐藏其他',
  unhide: '全部显示',
};
