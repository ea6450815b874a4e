import { StatusPage } from "@/components/status-page";
import { formatDigits } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";

export default async function Forbidden() {
  const { locale, t } = await getI18n();
  return (
    <StatusPage
      code={formatDigits("403", locale)}
      title={t.common.forbiddenTitle}
      body={t.common.forbiddenBody}
      action={t.common.backToDashboard}
    />
  );
}
