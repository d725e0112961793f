import type { Role } from "@/lib/generated/prisma/enums";

export interface NavItem {
  href: string;
  /** Key under "nav." in the message catalogues. */
  labelKey: string;
  /** Shown when the user holds any of these roles; undefined = everyone signed in. */
  roles?: readonly Role[];
}

// Navigation mirrors what the server allows; hiding a link is a convenience, the pages and actions check again.
export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", labelKey: "home" },
  { href: "/assessments", labelKey: "myAssessments", roles: ["RESPONDENT", "DEPT_ADMIN"] },
  { href: "/reviews", labelKey: "reviews", roles: ["REVIEWER"] },
  // Issue 9: comparison (oversight, reviewers read-only) and early warnings (with a badge of new ones).
  { href: "/compare", labelKey: "compare", roles: ["OVERSIGHT", "REVIEWER"] },
  { href: "/warnings", labelKey: "warnings", roles: ["OVERSIGHT", "DEPT_ADMIN", "RESPONDENT"] },
  { href: "/org-units", labelKey: "orgUnits", roles: ["OVERSIGHT", "SYS_ADMIN", "REVIEWER", "DEPT_ADMIN"] },
  { href: "/admin/org-units", labelKey: "adminOrgUnits", roles: ["SYS_ADMIN"] },
  { href: "/admin/users", labelKey: "users", roles: ["SYS_ADMIN"] },
  { href: "/admin/cycles", labelKey: "adminCycles", roles: ["SYS_ADMIN"] },
  // Issue 10 §3: framework versions as JSON (export, import) for a province's system administrator.
  { href: "/admin/frameworks", labelKey: "adminFrameworks", roles: ["SYS_ADMIN"] },
  { href: "/audit", labelKey: "audit", roles: ["AUDITOR"] },
  { href: "/methodology", labelKey: "methodology" },
  { href: "/account", labelKey: "account" },
];

export function navFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((i) => !i.roles || i.roles.some((r) => roles.includes(r)));
}
