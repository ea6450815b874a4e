"use client";

import Link from "next/link";
import { useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import type { NavItem } from "./nav-items";

/**
 * Below lg the header has no room for every link: one button names the current page and opens the
 * whole list. The parent keys it by path, so a navigation closes it.
 */
export function NavMenu({ items, current }: { items: NavItem[]; current: NavItem | undefined }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <div className="lg:hidden" onKeyDown={(event) => event.key === "Escape" && setOpen(false)}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="nav-menu-list"
        onClick={() => setOpen((value) => !value)}
        className="flex w-full items-center gap-2 px-4 py-2.5 text-start text-sm font-medium text-white"
      >
        <span aria-hidden className="text-lg leading-none">{open ? "✕" : "☰"}</span>
        <span>{t.nav.menu}</span>
        {current && (
          <span className="ms-auto truncate rounded-md bg-white/15 px-2 py-0.5" data-testid="nav-current">
            {t.nav[current.label]}
          </span>
        )}
      </button>
      {open && (
        <ul id="nav-menu-list" className="grid grid-cols-2 gap-1 px-2 pb-3 sm:grid-cols-3">
          {items.map((item) => (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={item === current ? "page" : undefined}
                onClick={() => setOpen(false)}
                className="block rounded-lg px-3 py-2.5 text-sm font-medium text-blue-50 hover:bg-white/10 aria-[current=page]:bg-white aria-[current=page]:text-plate-blue"
              >
                {t.nav[item.label]}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
