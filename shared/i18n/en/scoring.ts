/** English strings of scorecards (verdicts, reasons, cross-checks, template and score errors), from the scoring domain. */
import { scoringStringsEn } from '../scoringStrings.en.js';

export const scoring = scoringStringsEn.scoring;
