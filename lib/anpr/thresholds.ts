/**
 * Operating points. The reading thresholds were chosen on anpr-data's held-out plate-text split
 * (never on anpr-dev), see public/models/README.md.
 */
export const DETECTION_SCORE_THRESHOLD = 0.4;
export const DETECTION_IOU_THRESHOLD = 0.45;
/** Below this whole-plate confidence the reading is reported as unreadable (text null). */
export const READ_MIN_CONFIDENCE = 0.1;
/** At or above this confidence the gate may accept a reading without a person confirming it. */
export const AUTO_SUBMIT_CONFIDENCE = 0.995;
