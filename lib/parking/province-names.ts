/** English names of the provinces persian-tools gives for plate region codes (some codes are shared). */
const PROVINCES_EN: Record<string, string> = {
  "تهران": "Tehran", "البرز": "Alborz", "تهران - البرز": "Tehran / Alborz",
  "خراسان رضوی": "Razavi Khorasan", "خراسان شمالی": "North Khorasan", "خراسان جنوبی": "South Khorasan",
  "خراسان شمالی - خراسان جنوبی - خراسان رضوی": "North / South / Razavi Khorasan",
  "اصفهان": "Isfahan", "خوزستان": "Khuzestan", "آذربایجان شرقی": "East Azerbaijan", "آذربایجان غربی": "West Azerbaijan",
  "قم": "Qom", "همدان": "Hamadan", "کرمانشاه": "Kermanshah", "لرستان": "Lorestan", "یزد": "Yazd", "گیلان": "Gilan",
  "مرکزی": "Markazi", "بوشهر": "Bushehr", "کهگیلویه و بویراحمد": "Kohgiluyeh and Boyer-Ahmad", "کردستان": "Kurdistan",
  "گلستان": "Golestan", "مازندران": "Mazandaran", "فارس": "Fars", "کرمان": "Kerman",
  "چهارمحال و بختیاری": "Chaharmahal and Bakhtiari", "قزوین": "Qazvin", "هرمزگان": "Hormozgan",
  "سیستان و بلوچستان": "Sistan and Baluchestan", "سمنان": "Semnan", "زنجان": "Zanjan", "اردبیل": "Ardabil", "ایلام": "Ilam",
};

/** A province's name in the page's language; null when the Persian name is not one we know. */
export function provinceName(persian: string | null, locale: "fa" | "en"): string | null {
  if (!persian) return null;
  return locale === "fa" ? persian : (PROVINCES_EN[persian] ?? null);
}
