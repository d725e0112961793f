"use client";
import { memo, Suspense } from "react";

/*
 * Parts of the questionnaire that React hydrates on their own. React hydrates
 * the page in one task, but leaves the content of each Suspense boundary to
 * later passes that it splits into short slices (and brings forward for the
 * part the user clicks or types into), so the browser can respond between
 * them. The server's HTML is complete and on screen meanwhile: nothing
 * changes for the reader. Nothing inside suspends after hydration (the
 * dialogs load under next/dynamic's own boundary).
 *
 * A boundary not hydrated yet whose props change must be hydrated at once,
 * in the task of that update; so each part is memoised and re-renders only
 * when its own props change (the questionnaire passes stable values).
 */

/** `children` hydrated on its own; re-rendered only when `children` itself changes. */
export const HydrateApart = memo(function HydrateApart({ children }: { children: React.ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
});

/** `Component`, memoised, hydrated on its own. */
export function hydratedApart<P extends object>(Component: React.ComponentType<P>): React.NamedExoticComponent<P> {
  const Apart = (props: P) => (
    <Suspense fallback={null}>
      <Component {...props} />
    </Suspense>
  );
  Apart.displayName = `HydratedApart(${Component.displayName ?? Component.name})`;
  return memo(Apart);
}
