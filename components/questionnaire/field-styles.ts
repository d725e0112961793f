/** Multi-line inputs match components/ui/input. */
export const textareaClass =
  "block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-500 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-blue-700 aria-[invalid=true]:border-red-700";

export const subheadingClass = "text-sm font-semibold text-slate-900";
