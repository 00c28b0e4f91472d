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

/** Set for the end-to-end test server's build only: it adds the test hooks. */
export const TEST_HOOKS_ENV = "GKNB_TEST_HOOKS_BUILD";

/**
 * The file endings Next.js builds routes from. Routes for the tests only (`route.e2e.ts` under
 * app/api/test-hooks) end in `.e2e.ts`, which a production build does not know: they are not
 * compiled into it, so they cannot be switched on there by any setting.
 */
export function pageExtensionsFor(testHooks: boolean): string[] {
  return testHooks ? ["e2e.ts", "tsx", "ts", "jsx", "js"] : ["tsx", "ts", "jsx", "js"];
}

const nextConfig: NextConfig = {
  poweredByHeader: false,
  pageExtensions: pageExtensionsFor(process.env[TEST_HOOKS_ENV] === "1"),
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
