import { revalidatePublishedReport } from "@/lib/server/public/revalidate-published-report";

// End-to-end tests load data straight into their database (as the command line does), which no
// request announces; they expire the public cache here instead of waiting out its minute. The
// route exists only in the e2e server (GKNB_E2E_HOOKS=1): anywhere else it is a 404.
export async function POST() {
  if (process.env.GKNB_E2E_HOOKS !== "1") return new Response("Not Found", { status: 404 });
  revalidatePublishedReport(0, "e2e");
  return new Response(null, { status: 204 });
}
