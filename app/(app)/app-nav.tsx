"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useI18n } from "@/components/i18n-provider";
import type { Messages } from "@/lib/i18n/messages/messages-shape";
import { NavMenu } from "./nav-menu";

export type NavItem = { href: string; label: keyof Messages["nav"] };

const OPERATOR_ITEMS: NavItem[] = [
  { href: "/dashboard", label: "dashboard" },
  { href: "/gate", label: "gate" },
  { href: "/inside", label: "inside" },
  { href: "/history", label: "history" },
  { href: "/shift", label: "shift" },
];

const ADMIN_ITEMS: NavItem[] = [
  { href: "/reports", label: "reports" },
  { href: "/admin/settings", label: "settings" },
  { href: "/admin/users", label: "users" },
  { href: "/admin/tokens", label: "tokens" },
  { href: "/admin/gates", label: "gates" },
  { href: "/admin/blocks", label: "blocks" },
  { href: "/admin/passes", label: "passes" }, { href: "/admin/watchlist", label: "watchlist" },
  { href: "/admin/audit", label: "audit" },
  { href: "/admin/shifts", label: "shifts" },
];

/** The item for a path: the longest href that is the path or a folder above it. */
function currentItem(items: NavItem[], pathname: string): NavItem | undefined {
  const matches = items.filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`));
  return matches.sort((a, b) => b.href.length - a.href.length)[0];
}

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
