import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AdminNavLink } from "@/components/admin/admin-nav-link";
import { adminNavigation } from "@/lib/site/admin-navigation";

export const metadata: Metadata = { title: { default: "Beheer", template: "%s | Beheer" }, robots: { index: false } };

// No guard here: a layout does not protect the pages rendered inside it, so every page calls
// requireSecretary() itself (tests/e2e/admin-access.spec.ts checks each one).
export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex flex-col gap-8 lg:flex-row">
      <nav aria-label="Beheer" className="lg:w-48 lg:shrink-0 print:hidden">
        <ul className="flex flex-wrap gap-1 lg:flex-col">
          {adminNavigation.map((item) => (
            <li key={item.href}>
              <AdminNavLink {...item} />
            </li>
          ))}
        </ul>
      </nav>
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
