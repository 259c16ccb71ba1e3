import { scoringStringsEn } from '../scoringStrings.en.js';

/** Scorecards: verdicts, reasons, cross-checks, template problems (kept with the scoring domain's strings). */
export const scoring = scoringStringsEn.scoring;
