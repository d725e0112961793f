"use client";
import dynamic from "next/dynamic";
import { useEffect, useState, type ComponentProps } from "react";
import type * as Eager from "./confirm-dialog";

const Loaded = dynamic(() => import("./confirm-dialog").then((m) => m.ConfirmDialog), { ssr: false });

/**
 * ConfirmDialog whose code (the Radix dialog with it) loads the first time it
 * is opened, not with every page that has a button that might open it. Once
 * opened it stays mounted, so closing returns focus as before.
 */
export function LazyConfirmDialog(props: ComponentProps<typeof Eager.ConfirmDialog>) {
  const [opened, setOpened] = useState(props.open);
  useEffect(() => {
    if (props.open) setOpened(true);
  }, [props.open]);
  return opened || props.open ? <Loaded {...props} /> : null;
}
