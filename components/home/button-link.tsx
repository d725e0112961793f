"use client";
import Link from "next/link";
import { Button, type ButtonProps } from "@/components/ui/button";

// A client component because Button's asChild (Radix Slot) uses React context, which server components cannot.
export function ButtonLink({
  href,
  variant,
  children,
  ...rest
}: { href: string; variant?: ButtonProps["variant"]; children: React.ReactNode } & Omit<
  React.AnchorHTMLAttributes<HTMLAnchorElement>,
  "href"
>) {
  return (
    <Button asChild size="sm" variant={variant}>
      <Link href={href} {...rest}>
        {children}
      </Link>
    </Button>
  );
}
