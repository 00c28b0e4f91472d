// The thresholds of agency name matching (match-agency.ts), apart so that the import page can word
// its hints with them without loading the matcher.

/** Below this two names share too little to be listed at all. */
export const MIN_SCORE = 0.6;
/** A similar match is proposed only at this score and this far ahead of the next agency. */
export const PROPOSE_SCORE = 0.75;
export const PROPOSE_LEAD = 0.05;
