import { readsSecurityLog } from "@/lib/server/auth/access";
import { clientAddress } from "@/lib/server/auth/client-address";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { listSecurityEvents, securityLogFilterSchema } from "@/lib/server/security/list-security-events";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";
import { securityLogCsv } from "@/lib/server/security/security-log-csv";

const EXPORT_LIMIT = 100_000;

// The security log as CSV, filtered like the page. A route handler is not protected by the page:
// the reader is checked again here, and the export itself is logged.
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user || !readsSecurityLog(user)) return new Response("无权访问", { status: user ? 403 : 401 });
  const parsed = securityLogFilterSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return new Response(parsed.error.issues[0]?.message ?? "筛选条件有误", { status: 400 });
  const rows = await listSecurityEvents(user, parsed.data, EXPORT_LIMIT);
  await recordSecurityEvent({
    kind: "data.exported",
    actorId: user.id,
    subjectUserId: user.id,
    email: user.email,
    clientAddress: clientAddress(request.headers),
    detail: { what: "security_log", rows: rows.length, filter: parsed.data },
  });
  return new Response(securityLogCsv(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="security-log.csv"; filename*=UTF-8''${encodeURIComponent("安全审计日志.csv")}`,
      "Cache-Control": "private, no-store",
    },
  });
}
