import type { receiptsFa } from "./receipts-fa";

type Shape = { [S in keyof typeof receiptsFa]: { [K in keyof (typeof receiptsFa)[S]]: string } };

/** Printed tickets and receipts and their public verification page (issue 10), spread into en.ts. */
export const receiptsEn: Shape = {
  receipt: {
    entryTitle: "Entry ticket",
    exitTitle: "Exit receipt",
    print: "Print",
    printTicket: "Print ticket",
    printReceipt: "Print receipt",
    reprint: "Reprint",
    plate: "Plate",
    entryAt: "Entry",
    exitAt: "Exit",
    duration: "Length of stay",
    amount: "Amount",
    free: "Free",
    stayNumber: "Stay no. {id}",
    keepTicket: "Keep this ticket until you leave.",
    scanToVerify: "Scan the code to check this receipt.",
    thanks: "Have a good trip!",
    verifyTitle: "Parking receipt check",
    verifyIntro: "These details are read from the parking lot's records.",
    stateInside: "The car is still in the lot.",
    statePaid: "Paid",
    stateNotCharged: "This stay was not charged or was cancelled.",
    notFoundTitle: "No receipt with this code",
    notFoundHelp: "Scan the code again or ask the parking attendant.",
  },
};
