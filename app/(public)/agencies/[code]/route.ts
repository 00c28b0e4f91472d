import { getAgencyHistory } from "@/lib/server/public/get-agency-history";
import { cachePublic, PublicNotFound } from "@/lib/server/public/public-cache";
import { servePublicHtml } from "../../_html/serve-public";
import { renderAgencyPage } from "../../_pages/agency-page";

// All published years of one agency, with charts of its key figures and the carry-over chain.

const renderAgency = cachePublic("agency-page", async (code: string) => {
  const history = await getAgencyHistory(code);
  if (!history) throw new PublicNotFound();
  return renderAgencyPage(history);
});

type Context = { params: Promise<{ code: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { code } = await params;
  return servePublicHtml(() => renderAgency(code));
}
