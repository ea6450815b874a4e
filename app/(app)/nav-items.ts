import type { Messages } from "@/lib/i18n/messages/messages-shape";

export type NavItem = { href: string; label: keyof Messages["nav"] };

export const OPERATOR_ITEMS: NavItem[] = [
  { href: "/dashboard", label: "dashboard" },
  { href: "/gate", label: "gate" },
  { href: "/inside", label: "inside" },
  { href: "/history", label: "history" },
  { href: "/shift", label: "shift" },
];

export const ADMIN_ITEMS: NavItem[] = [
  { href: "/reports", label: "reports" },
  { href: "/admin/settings", label: "settings" },
  { href: "/admin/users", label: "users" },
  { href: "/admin/tokens", label: "tokens" },
  { href: "/admin/gates", label: "gates" },
  { href: "/admin/blocks", label: "blocks" },
  { href: "/admin/passes", label: "passes" },
  { href: "/admin/watchlist", label: "watchlist" },
  { href: "/admin/audit", label: "audit" },
  { href: "/admin/shifts", label: "shifts" },
];

/** The item for a path: the longest href that is the path or a folder above it. */
export function currentItem(items: NavItem[], pathname: string): NavItem | undefined {
  const matches = items.filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`));
  return matches.sort((a, b) => b.href.length - a.href.length)[0];
}
