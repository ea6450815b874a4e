"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useI18n } from "@/components/i18n-provider";
import { ADMIN_ITEMS, currentItem, OPERATOR_ITEMS } from "./nav-items";
import { NavMenu } from "./nav-menu";

/**
 * Operators only get the operator links; the admin pages check the role again on the server.
 * A row of links from lg up; below it, a menu button that names the current page (nav-menu.tsx).
 */
export function AppNav({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useI18n();
  const pathname = usePathname();
  const items = isAdmin ? [...OPERATOR_ITEMS, ...ADMIN_ITEMS] : OPERATOR_ITEMS;
  const current = currentItem(items, pathname);
  return (
    <nav aria-label={t.nav.main} className="bg-black/15">
      <NavMenu key={pathname} items={items} current={current} />
      <ul className="mx-auto hidden max-w-6xl gap-1 px-2 sm:px-3 lg:flex lg:flex-wrap">
        {items.map((item) => (
          <li key={item.href} className="shrink-0">
            <Link
              href={item.href}
              aria-current={item === current ? "page" : undefined}
              className="block border-b-2 border-transparent px-3 py-2.5 text-sm font-medium text-blue-100 hover:text-white aria-[current=page]:border-white aria-[current=page]:text-white"
            >
              {t.nav[item.label]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
