import { revalidatePublishedReport } from "@/lib/server/public/revalidate-published-report";

// End-to-end tests load data straight into their database (as the command line does), which no
// request announces; they expire the public cache here instead of waiting out its minute. A
// `.e2e.ts` route is built only for the test server (see pageExtensions in next.config.ts): a
// production build has no such URL at all.
export async function POST() {
  revalidatePublishedReport(0, "e2e");
  return new Response(null, { status: 204 });
}
