import type { NextConfig } from "next";
import { contentSecurityPolicy } from "./lib/site/content-security-policy";

// Pages get their Content-Security-Policy, with the hashes of their scripts, from scripts/site-server.ts;
// every other response gets this one, which lets no inline script run.
const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy() },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // scripts/site-server.ts compresses, after it has read the page for its policy.
  compress: false,
  experimental: {
    // forbidden(): a 403 "Geen toegang" page for signed-in people without the secretary role.
    authInterrupts: true,
    // Document uploads go through a server action and the proxy; UPLOAD_MAX_MB (default 20) is checked in lib/documents.
    serverActions: { bodySizeLimit: "100mb" },
    proxyClientMaxBodySize: "100mb",
  },
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "unpdf"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
