import type { ReactNode } from "react";

/**
 * Tags the methodology catalogue may use inside messages (t.rich). `zh` marks
 * Chinese inside English text (the paper's title, section numbers) so screen
 * readers switch voice.
 */
export const richTags = {
  strong: (chunks: ReactNode) => <strong className="font-semibold text-slate-900">{chunks}</strong>,
  code: (chunks: ReactNode) => (
    <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.9em] break-words text-slate-900">
      {chunks}
    </code>
  ),
  zh: (chunks: ReactNode) => <span lang="zh-CN">{chunks}</span>,
};
