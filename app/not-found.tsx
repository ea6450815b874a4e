import { StatusPage } from "@/components/status-page";
import { formatDigits } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";

export default async function NotFound() {
  const { locale, t } = await getI18n();
  return (
    <StatusPage
      code={formatDigits("404", locale)}
      title={t.common.notFoundTitle}
      body={t.common.notFoundBody}
      action={t.common.backToDashboard}
    />
  );
}
