"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "./button";

/** The Clipboard API needs a secure context; lots on plain http fall back to execCommand on a hidden field. */
async function copyText(text: string): Promise<boolean> {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return true;
  }
  const field = document.createElement("textarea");
  field.value = text;
  field.setAttribute("readonly", "");
  field.style.position = "fixed";
  field.style.opacity = "0";
  document.body.append(field);
  field.select();
  const copied = document.execCommand("copy");
  field.remove();
  return copied;
}

export function CopyButton({ text }: { text: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);

  async function copy() {
    const ok = await copyText(text).catch(() => false);
    setCopied(ok);
    if (ok) setTimeout(() => setCopied(false), 2000);
  }

  return (
    <Button size="sm" variant="secondary" onClick={copy} aria-live="polite">
      {copied ? t.common.copied : t.common.copy}
    </Button>
  );
}
