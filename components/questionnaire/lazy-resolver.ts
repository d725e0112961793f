import type { FieldValues, Resolver } from "react-hook-form";

/**
 * A react-hook-form resolver whose schema (and zod with it) is loaded on the
 * first validation instead of with the page: the questionnaire validates only
 * when something is edited, and the islands preload it once hydrated. The
 * schema is still the one the server action uses. A failed load is retried
 * on the next validation.
 */
export function lazyResolver<T extends FieldValues, C = unknown, O = T>(load: () => Promise<Resolver<T, C, O>>): Resolver<T, C, O> {
  let loading: Promise<Resolver<T, C, O>> | null = null;
  return async (values, context, options) => {
    loading ??= load().catch((err: unknown) => {
      loading = null;
      throw err;
    });
    return (await loading)(values, context, options);
  };
}
