import { z } from "zod";
import { parseClock, UNIT_MINUTES, VEHICLE_CLASSES } from "./tariff-plan";

const fa = (n: number) => n.toLocaleString("fa-IR");
const MAX_PRICE = 100_000_000;

function money(nameEn: string, nameFa: string) {
  return z.number({ message: `${nameEn} must be a whole number of Toman.` }).int({ message: `${nameEn} must be a whole number of Toman.` })
    .refine((n) => n >= 0 && n <= MAX_PRICE, {
      message: `${nameEn} must be between 0 and ${MAX_PRICE.toLocaleString("en-US")} Toman.`,
      params: { fa: `${nameFa} باید بین ۰ و ${fa(MAX_PRICE)} تومان باشد.` },
    });
}

const clock = z.string().refine((text) => parseClock(text) !== null, {
  message: "Use a 24-hour time such as 22:00.",
  params: { fa: "ساعت را ۲۴ساعته بنویسید، مثل ۲۲:۰۰." },
});

/** "car", "motorcycle" or "van" (van and truck), with a message in both languages. */
export const vehicleClassSchema = z
  .string()
  .refine((value) => (VEHICLE_CLASSES as readonly string[]).includes(value), {
    message: "The vehicle class must be car, motorcycle or van.",
    params: { fa: "نوع خودرو باید سواری، موتورسیکلت یا وانت/کامیون باشد." },
  })
  .transform((value) => VEHICLE_CLASSES.find((c) => c === value) ?? "car");

/**
 * A new plan version as the admin form, the server action and POST /api/tariffs send it. Whether
 * effectiveFrom lies in the past is checked by the use case, against the server's clock.
 */
export const tariffPlanInputSchema = z
  .object({
    vehicleClass: vehicleClassSchema.default("car"),
    freeMinutes: z.number().int().refine((n) => n >= 0 && n <= 1_440, {
      message: "Free minutes must be between 0 and 1440.",
      params: { fa: "دقیقه‌های رایگان باید بین ۰ و ۱٬۴۴۰ باشد." },
    }).default(0),
    firstHour: money("The first hour's price", "نرخ ساعت اول"),
    nextHour: money("The next hours' price", "نرخ ساعت‌های بعدی"),
    unitMinutes: z.number().refine((n) => (UNIT_MINUTES as readonly number[]).includes(n), {
      message: "The unit must be 60, 30 or 15 minutes.",
      params: { fa: "واحد زمان باید ۶۰، ۳۰ یا ۱۵ دقیقه باشد." },
    }).default(60),
    dailyCap: money("The daily cap", "سقف روزانه").nullable().default(null),
    nightStart: clock.nullable().default(null),
    nightEnd: clock.nullable().default(null),
    nightPrice: money("The night price", "نرخ شبانه").nullable().default(null),
    effectiveFrom: z.date().nullable().default(null),
  })
  .strict()
  .superRefine((plan, ctx) => {
    if (plan.dailyCap !== null && plan.dailyCap < plan.firstHour) {
      ctx.addIssue({ code: "custom", path: ["dailyCap"], message: "The daily cap cannot be below the first hour's price.", params: { fa: "سقف روزانه نمی‌تواند از نرخ ساعت اول کمتر باشد." } });
    }
    const night = [plan.nightStart, plan.nightEnd, plan.nightPrice];
    if (night.some((v) => v !== null) && night.some((v) => v === null)) {
      ctx.addIssue({ code: "custom", path: ["nightPrice"], message: "A night window needs a start, an end and a price.", params: { fa: "بازهٔ شبانه به ساعت شروع، ساعت پایان و نرخ نیاز دارد." } });
    } else if (plan.nightStart !== null && plan.nightStart === plan.nightEnd) {
      ctx.addIssue({ code: "custom", path: ["nightEnd"], message: "The night window must end at another time than it starts.", params: { fa: "پایان بازهٔ شبانه باید با شروع آن فرق کند." } });
    }
  });

export type TariffPlanInput = z.input<typeof tariffPlanInputSchema>;
export type TariffPlanData = z.output<typeof tariffPlanInputSchema>;
