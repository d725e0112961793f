import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// Options are built per request so the build needs no secret or database.
async function handler(req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(req as never, { params: await ctx.params } as never, authOptions());
}

export { handler as GET, handler as POST };
