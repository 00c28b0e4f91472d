import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];

// Pages get their Content-Security-Policy from proxy.ts (with a nonce where they are dynamic);
// route handlers return data, never markup to run.
const apiPolicy = { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" };

// A test build (the e2e server) registers made-up report formats: the module that lists the
// formats besides the official ones is swapped for the test's own. Unset, as in production, the
// build holds the official formats only.
const extraFormatsModule = process.env.GKNB_EXTRA_FORMATS_MODULE;

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Several builds side by side (parallel e2e runs on one machine) each get their own folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Cached public pages live in memory only: after a restart (or on a fresh test database) a page
  // is rendered anew instead of an old copy being served from disk.
  experimental: { isrFlushToDisk: false },
  // Server-only packages that must not be bundled (pdf.js loads its worker from beside its own file).
  serverExternalPackages: ["pg", "pdfjs-dist", "word-extractor"],
  ...(extraFormatsModule ? { turbopack: { resolveAlias: { "./formats/extra-formats": extraFormatsModule } } } : {}),
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/:path*", headers: [apiPolicy] },
    ];
  },
};

export default nextConfig;
