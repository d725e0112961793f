"use client";
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useState } from "react";

/**
 * The indicator on screen lives in the URL (`?i=GOV.1`), so it survives a
 * reload and can be shared. Moving uses history.pushState, which Next keeps
 * in step with useSearchParams without a server round trip — a router
 * navigation would re-render the page and remount the forms mid-save.
 */
export function useIndicatorNav(indicatorCodes: readonly string[], contentShown = 0) {
  const params = useSearchParams();
  const requested = params.get("i");
  const current = requested && indicatorCodes.includes(requested) ? requested : (indicatorCodes[0] ?? "");
  const [focusId, setFocusId] = useState<string | null>(null);

  /** Shows an indicator, then moves focus to `focusTarget` (an element id) once it is on screen. */
  const go = useCallback((indicatorCode: string, focusTarget: string) => {
    const url = new URL(window.location.href);
    url.searchParams.set("i", indicatorCode);
    url.hash = "";
    if (url.href !== window.location.href) window.history.pushState(null, "", url);
    setFocusId(focusTarget);
  }, []);

  useEffect(() => {
    if (!focusId) return;
    const el = document.getElementById(focusId);
    // Not rendered yet: the search params update on a later render, or the indicator's cards arrive from the
    // server later (`contentShown` changes then), which runs this again.
    if (!el) return;
    el.focus();
    el.scrollIntoView({ block: "start" });
    setFocusId(null);
  }, [focusId, current, contentShown]);

  return { current, go };
}

/** The indicator on screen, for an island that only reads it (the same rule as useIndicatorNav). */
export function useCurrentIndicator(indicatorCodes: readonly string[]): string {
  const requested = useSearchParams().get("i");
  return requested && indicatorCodes.includes(requested) ? requested : (indicatorCodes[0] ?? "");
}
