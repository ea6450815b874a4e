import { AppError } from "../errors";

export const snapshotTooLarge = () =>
  new AppError({
    kind: "payload_too_large",
    code: "snapshot_too_large",
    messages: { fa: "حجم عکس بیش از ۱۵۰ کیلوبایت است.", en: "The snapshot is larger than 150 KB." },
  });

export const snapshotNotJpeg = () =>
  new AppError({
    kind: "unsupported_media_type",
    code: "snapshot_not_jpeg",
    messages: { fa: "عکس باید با قالب JPEG باشد.", en: "The snapshot must be a JPEG image." },
  });

export const snapshotUnreadable = () =>
  new AppError({
    kind: "validation",
    code: "snapshot_unreadable",
    messages: { fa: "عکس خراب است و باز نمی‌شود.", en: "The snapshot is damaged and cannot be decoded." },
  });

export const snapshotTooWide = () =>
  new AppError({
    kind: "validation",
    code: "snapshot_dimensions",
    messages: {
      fa: "طول و عرض عکس نباید از ۱۲۸۰ پیکسل بیشتر باشد.",
      en: "The snapshot must be at most 1280 pixels on each side.",
    },
  });
