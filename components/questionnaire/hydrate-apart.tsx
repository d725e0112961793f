"use client";
import { Activity, memo } from "react";

/*
 * Parts of the questionnaire that React hydrates on their own. React hydrates
 * the page in one task, but leaves the content of each (visible) Activity
 * boundary to later passes that it splits into short slices (and brings
 * forward for the part the user clicks or types into), so the browser can
 * respond between them. The server's HTML is complete and on screen
 * meanwhile: nothing changes for the reader.
 *
 * Activity, not Suspense: the server streams a Suspense boundary's content
 * separately once the page's HTML passes ~12.5 KB, and the browser then shows
 * it only after the first paint (a layout shift, and a late largest paint);
 * an Activity boundary stays inline in the HTML.
 *
 * A boundary not hydrated yet whose props change must be hydrated at once,
 * in the task of that update; so each part is memoised and re-renders only
 * when its own props change (the questionnaire passes stable values).
 */

/** `children` hydrated on its own; re-rendered only when `children` itself changes. */
export const HydrateApart = memo(function HydrateApart({ children }: { children: React.ReactNode }) {
  return <Activity mode="visible">{children}</Activity>;
});

/** `Component`, memoised, hydrated on its own. */
export function hydratedApart<P extends object>(Component: React.ComponentType<P>): React.NamedExoticComponent<P> {
  const Apart = (props: P) => (
    <Activity mode="visible">
      <Component {...props} />
    </Activity>
  );
  Apart.displayName = `HydratedApart(${Component.displayName ?? Component.name})`;
  return memo(Apart);
}
