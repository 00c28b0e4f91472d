"use client";

import { Menu } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

export type StaffLink = { href: string; label: string };

const SIGN_OUT_FORM = "staff-sign-out";

/** The link of the current page: the exact page, or the deepest section that contains it. */
function currentHref(pathname: string, links: readonly StaffLink[]): string | null {
  const matches = links.filter((link) => pathname === link.href || pathname.startsWith(`${link.href}/`));
  return matches.sort((a, b) => b.href.length - a.href.length)[0]?.href ?? null;
}

type StaffNavProps = {
  links: readonly StaffLink[];
  userName: string;
  roleNames: string;
  signOutAction: () => Promise<void>;
  /** The notifications button, between the navigation and the account. */
  notifications: React.ReactNode;
};

/**
 * The staff header's navigation: on a wide screen the links in a row, the user's name and 退出登录;
 * on a phone or a narrow window one 菜单 button holding all of them, so nothing wraps.
 */
export function StaffNav({ links, userName, roleNames, signOutAction, notifications }: StaffNavProps) {
  const pathname = usePathname();
  const current = currentHref(pathname, links);
  const signOut = () => (document.getElementById(SIGN_OUT_FORM) as HTMLFormElement | null)?.requestSubmit();
  return (
    <>
      <nav aria-label="工作台导航" className="hidden min-w-0 flex-1 lg:block">
        <ul className="flex items-center gap-1 text-sm">
          {links.map((link) => (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={link.href === current ? "page" : undefined}
                className={cn(
                  "block whitespace-nowrap rounded-md px-3 py-1.5 text-slate-800 hover:bg-slate-100",
                  link.href === current && "bg-red-50 font-semibold text-brand",
                )}
              >
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="ml-auto flex shrink-0 items-center gap-2">
        {notifications}
        <span className="hidden max-w-64 truncate text-sm lg:inline" title={`${userName}（${roleNames}）`}>
          {userName}
          {roleNames && <span className="text-slate-600">（{roleNames}）</span>}
        </span>
        <Button type="submit" form={SIGN_OUT_FORM} variant="secondary" size="sm" className="hidden lg:inline-flex">
          退出登录
        </Button>
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button variant="secondary" size="sm" className="lg:hidden">
              <Menu aria-hidden />
              菜单
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="end" className="w-64">
            <DropdownMenuLabel>
              <span className="block text-sm font-medium text-slate-900">{userName}</span>
              {roleNames}
            </DropdownMenuLabel>
            <DropdownMenuSeparator />
            {links.map((link) => (
              <DropdownMenuItem key={link.href} asChild>
                <Link href={link.href} aria-current={link.href === current ? "page" : undefined}>
                  {link.label}
                </Link>
              </DropdownMenuItem>
            ))}
            <DropdownMenuSeparator />
            <DropdownMenuItem onSelect={signOut}>退出登录</DropdownMenuItem>
          </DropdownMenuContent>
        </DropdownMenu>
        <form id={SIGN_OUT_FORM} action={signOutAction} hidden />
      </div>
    </>
  );
}
