/** What the gate page needs of the settings (admin → settings); isomorphic so the client can import it. */
export type GateSettings = {
  /** Consecutive frames that must read the same plate before it is submitted without a tap. */
  autoFrames: number;
  /** Minimum reader confidence (0..1) of each of those frames. */
  autoConfidence: number;
  /** The same plate in the same direction is not submitted again within this many seconds. */
  cooldownSeconds: number;
};
