import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { type DefaultSession } from "next-auth";
import Nodemailer from "next-auth/providers/nodemailer";
import { db } from "../db/client";
import type { UserRole } from "../db/generated/enums";
import { adminEmails, applyAdminEmails } from "./admin-emails";
import { LINK_MAX_AGE_SECONDS } from "./email-link";
import { siteUrl } from "../site/config";
import { authSecret } from "./secret";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "./session-lifetime";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: UserRole } & DefaultSession["user"];
  }
  interface User {
    role?: UserRole;
  }
}

// Lazy configuration: read secrets at request time, not at build time.
export const { handlers, auth, signOut } = NextAuth(() => {
  // Auth.js builds its redirects and cookie names on AUTH_URL, else on the URL Next.js gives the request, which
  // is the listening host (localhost) whatever the browser asked for. The site has one public address: SITE_URL.
  process.env.AUTH_URL = siteUrl();
  return {
    adapter: PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]),
    secret: authSecret(),
    trustHost: true,
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
    pages: { signIn: "/inloggen", verifyRequest: "/inloggen", error: "/inloggen/fout" },
    providers: [
      Nodemailer({
        // Links are created by lib/auth/request-sign-in-link (rate-limited, queued in the outbox);
        // Auth.js only verifies them. Its own sending endpoint is closed in the route handler.
        server: "smtp://unused.invalid",
        maxAge: LINK_MAX_AGE_SECONDS,
        sendVerificationRequest: async () => {
          throw new Error("Inloglinks worden verstuurd via /inloggen.");
        },
      }),
    ],
    callbacks: {
      // Only people who already have an active account can sign in; sign-up happens at /aanmelden.
      async signIn({ user }) {
        if (!user.email) return false;
        return (await db.user.count({ where: { email: user.email, deactivatedAt: null } })) > 0;
      },
      // Only what pages need: Auth.js would otherwise pass on the whole session row, its token included,
      // to /api/auth/session.
      session({ session, user }) {
        return { expires: session.expires, user: { id: user.id, name: user.name, email: user.email, role: user.role ?? "GUEST" } };
      },
    },
    events: {
      async signIn({ user }) {
        if (user.email && adminEmails().includes(user.email)) await applyAdminEmails(db, [user.email]);
      },
    },
  };
});
