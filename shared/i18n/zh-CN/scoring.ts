/**
 * Chinese (zh-CN) strings of scorecards (verdicts, reasons, cross-checks, template and score errors), from the scoring domain.
 * Typed against en/scoring.ts: a missing or extra key does not compile.
 */
import type { Messages } from '../en/index.js';
import { scoringStringsZhCN } from '../scoringStrings.zh-CN.js';

export const scoring: Messages['scoring'] = scoringStringsZhCN.scoring;
