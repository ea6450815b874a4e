import { AppError } from "../errors";

export const notAPelakBackup = (file: string, reason: string) =>
  new AppError({
    kind: "bad_request",
    code: "not_a_backup",
    messages: { fa: `پرونده ${file} پشتیبان پلاک نیست (${reason}).`, en: `${file} is not a Pelak backup (${reason}).` },
  });

export const noDatabase = (file: string) =>
  new AppError({
    kind: "not_found",
    code: "no_database",
    messages: { fa: `پایگاه داده‌ای در ${file} نیست.`, en: `There is no database at ${file}.` },
  });

export const wouldOverwrite = (target: string) =>
  new AppError({
    kind: "conflict",
    code: "would_overwrite",
    messages: {
      fa: `${target} داده دارد و جایگزین می‌شود؛ برای ادامه --yes را بدهید.`,
      en: `${target} holds data that the restore would replace; pass --yes to go ahead.`,
    },
  });

export const databaseInUse = (target: string, detail: string) =>
  new AppError({
    kind: "conflict",
    code: "database_in_use",
    messages: {
      fa: `${target} در حال استفاده است (${detail})؛ پیش از بازگردانی سرور را متوقف کنید.`,
      en: `${target} is in use (${detail}); stop the server before restoring.`,
    },
  });

export const toolMissing = (tool: string) =>
  new AppError({
    kind: "unavailable",
    code: "tool_missing",
    messages: {
      fa: `${tool} پیدا نشد؛ بستهٔ postgresql-client را نصب کنید (Debian: apt install postgresql-client).`,
      en: `${tool} was not found; install the PostgreSQL client tools (Debian: apt install postgresql-client).`,
    },
  });

export const toolFailed = (tool: string, output: string) =>
  new AppError({
    kind: "internal",
    code: "tool_failed",
    messages: { fa: `${tool} با خطا تمام شد:\n${output}`, en: `${tool} failed:\n${output}` },
  });

export const backupExists = (file: string) =>
  new AppError({
    kind: "conflict",
    code: "backup_exists",
    messages: { fa: `${file} از پیش وجود دارد.`, en: `${file} already exists.` },
  });
