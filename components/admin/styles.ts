/** Shared by server pages and client forms, so it lives outside any "use client" module (a server import of one yields a reference, not the string). */
export const selectClass =
  "block h-10 w-full rounded-md border border-slate-500 bg-white px-3 text-base text-slate-900 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-blue-700 aria-[invalid=true]:border-red-700";
