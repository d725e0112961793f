import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { signInWithPassword, signOut } from "@/lib/data/auth";
import { signInSchema } from "@/lib/validation/auth";
import { logger } from "@/lib/logger";
import { requestMetaFrom } from "./request-meta";

/**
 * next-auth with email + password. The JWT only carries ids: the user id and
 * the server-side session id. Every request re-checks that session in the
 * database (lib/data/sessions.ts), which is what makes deactivation, password
 * change, idle timeout and "sign out everywhere" take effect at once.
 */
export function authOptions(): NextAuthOptions {
  const e = env();
  return {
    secret: e.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: e.SESSION_MAX_HOURS * 3600 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          // next-auth puts a thrown error's message into the redirect URL, so
          // nothing may escape: every failure is the same "CredentialsSignin".
          try {
            const parsed = signInSchema.safeParse(credentials ?? {});
            if (!parsed.success) return null;
            const result = await signInWithPassword(parsed.data, requestMetaFrom(req?.headers));
            if (!result.ok) return null;
            return { id: result.userId, email: result.email, name: result.displayName, sid: result.sessionId };
          } catch (err) {
            logger().error({ err, where: "authorize" }, "sign-in failed unexpectedly");
            return null;
          }
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.sid = (user as { sid?: string }).sid;
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, user: { ...session.user, id: token.uid as string } };
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.sid && token.uid) {
          await signOut(token.sid as string, token.uid as string, { ip: null, userAgent: null }).catch((err) =>
            logger().error({ err, where: "signOut" }, "sign-out bookkeeping failed"),
          );
        }
      },
    },
  };
}
