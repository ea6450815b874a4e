"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useI18n } from "@/components/i18n-provider";
import type { Messages } from "@/lib/i18n/messages/messages-shape";

type NavItem = { href: string; label: keyof Messages["nav"] };

const OPERATOR_ITEMS: NavItem[] = [
  { href: "/dashboard", label: "dashboard" },
  { href: "/gate", label: "gate" },
  { href: "/inside", label: "inside" },
  { href: "/history", label: "history" },
];

const ADMIN_ITEMS: NavItem[] = [
  { href: "/reports", label: "reports" },
  { href: "/admin/settings", label: "settings" },
  { href: "/admin/users", label: "users" },
  { href: "/admin/tokens", label: "tokens" },
  { href: "/admin/blocks", label: "blocks" },
  { href: "/admin/audit", label: "audit" },
];

/** Operators only get the operator links; the admin pages check the role again on the server. */
export function AppNav({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useI18n();
  const pathname = usePathname();
  const items = isAdmin ? [...OPERATOR_ITEMS, ...ADMIN_ITEMS] : OPERATOR_ITEMS;
  return (
    <nav aria-label={t.nav.main} className="bg-black/15">
      <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 sm:px-3">
        {items.map((item) => {
          const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href} className="shrink-0">
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className="block border-b-2 border-transparent px-3 py-2.5 text-sm font-medium text-blue-100 hover:text-white aria-[current=page]:border-white aria-[current=page]:text-white"
              >
                {t.nav[item.label]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
