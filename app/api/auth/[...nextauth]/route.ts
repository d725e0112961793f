import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { guardNextAuth } from "@/lib/auth/next-auth-guard";

// Options are built per request so the build needs no secret or database.
// The guard answers malformed requests with a 4xx before next-auth (which would answer 500) sees them.
const handler = guardNextAuth(async (req, ctx) =>
  NextAuth(req as never, { params: await ctx.params } as never, authOptions()),
);

export { handler as GET, handler as POST };
