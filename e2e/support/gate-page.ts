import type { Page } from "@playwright/test";

declare global {
  interface Window {
    pelakTonesPlayed: string[];
  }
}

export type TypedPlate = { first: string; letter: string; rest: string };

/** Types a plate into the gate's plate input as an operator does: digits, the letter from the picker, the rest (not sent). */
export async function typeGatePlate(page: Page, plate: TypedPlate): Promise<void> {
  await page.getByLabel("دو رقم اول").click();
  await page.keyboard.type(plate.first);
  await page.getByRole("button", { name: "حرف پلاک" }).click();
  await page.getByRole("group", { name: "انتخاب حرف" }).getByRole("button", { name: plate.letter, exact: true }).click();
  await page.keyboard.type(plate.rest);
}

/** From the next page load on, window.pelakTonesPlayed lists what each audible result tone's play() did. */
export async function recordTones(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const played: string[] = [];
    Object.assign(window, { pelakTonesPlayed: played });
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      const started = play.call(this);
      started.then(() => !this.muted && played.push("played"), (error: Error) => played.push(error.name));
      return started;
    };
  });
}
