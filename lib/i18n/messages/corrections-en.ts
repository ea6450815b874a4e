import type { correctionsFa } from "./corrections-fa";

type Shape = { [S in keyof typeof correctionsFa]: { [K in keyof (typeof correctionsFa)[S]]: string } };

/** Voiding and correcting a stay (issue 10, item 5), spread into en.ts. */
export const correctionsEn: Shape = {
  corrections: {
    void: "Void",
    voidAction: "Void",
    correctAction: "Correct",
    voidTitle: "Void this stay",
    voidBody: "A voided stay counts in no revenue and no shift, and a car still inside frees its space. The stay itself is kept.",
    correctTitle: "Correct this stay",
    correctBody: "Fill in only what changes. Correcting the times of a finished stay re-prices it by its tariff, unless you type the amount.",
    reason: "Reason",
    reasonHelp: "Kept in the audit log with the old and the new values.",
    entryDay: "Entry date",
    entryTime: "Entry time",
    exitDay: "Exit date",
    exitTime: "Exit time",
    cost: "Amount (Toman)",
    costHelp: "Leave empty to price it by the tariff.",
    save: "Save the correction",
    confirmVoid: "Void it",
    cancel: "Cancel",
    saving: "Saving…",
    badTime: "Write the date and time as 1405/09/09 and 08:30.",
    voided: "Voided",
    corrected: "Corrected",
    byOn: "{who}, {when}",
    voidedNote: "This stay was voided.",
    correctedNote: "This stay was corrected.",
  },
};
