import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authorizeCredentials } from "./credentials";
import { clientAddress } from "../http/client-address";
import { authSecret } from "./secret";
import { endSessionsOf } from "./session-actor";
import { decodeSessionJwt, encodeSessionJwt } from "./session-jwt";

export const SESSION_MAX_AGE_S = 12 * 60 * 60;

export const authOptions: NextAuthOptions = {
  // A getter: the secret file is only touched when a request needs it, never during `next build`.
  get secret() {
    return authSecret();
  },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  jwt: { encode: encodeSessionJwt, decode: decodeSessionJwt },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      authorize: (credentials, req) => authorizeCredentials(credentials, clientAddress(req.headers ?? {})),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.username = user.username;
        token.role = user.role;
        token.name = user.name;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        id: token.uid ?? "",
        name: token.name ?? "",
        username: token.username ?? "",
        role: token.role ?? "operator",
        sv: token.sv ?? 0,
      };
      return session;
    },
  },
  events: {
    // Signing out ends the user's sessions everywhere, not only this browser's cookie.
    signOut: ({ token }) => endSessionsOf(token),
  },
};
