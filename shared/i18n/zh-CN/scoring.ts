import type { Messages } from '../en/index.js';
import { scoringStringsZhCN } from '../scoringStrings.zh-CN.js';

export const scoring: Messages['scoring'] = scoringStringsZhCN.scoring;
