/**
 * Operating points. The reading thresholds were chosen on anpr-data's held-out plate-text split
 * (never on anpr-dev), see public/models/README.md.
 */
export const DETECTION_SCORE_THRESHOLD = 0.55;
export const DETECTION_IOU_THRESHOLD = 0.45;
/** Below this whole-plate confidence the reading is reported as unreadable (text null). */
export const READ_MIN_CONFIDENCE = 0.1;
/**
 * A single reading this confident ends the crop-margin search (anpr-session) and counts as
 * "confidently wrong" in the evaluation when it is wrong. The gate itself decides on a car's fused
 * confidence instead (lib/gate/plate-evidence, GATE_AUTO_CONFIDENCE).
 */
export const AUTO_SUBMIT_CONFIDENCE = 0.995;
/**
 * A new lot's gate threshold on the fused confidence (the settings' default, prisma/schema.prisma):
 * calibrated by `npm run anpr:calibrate` on anpr-data's held-out crops, see public/models/README.md.
 */
export const GATE_AUTO_CONFIDENCE = 0.9999;
