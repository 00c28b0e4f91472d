import "server-only";
import { MAX_FILE_BYTES } from "@/lib/report-parser/file-limits";
import { MAX_UPLOAD_REQUEST_BYTES } from "../http/upload-limits";
import { getCurrentUser, type StaffUser } from "../auth/current-user";
import { isAdmin } from "../auth/access";

// The report-file upload routes take one file per request, up to the largest report the parser
// reads, plus its form fields. The body is read as a stream and abandoned at the limit, so an
// oversized upload costs the server no more than the limit (the front door cuts what declares more).

export type UploadRefusal = { status: number; message: string };

function refusal(status: number, message: string): UploadRefusal {
  return { status, message };
}

const TOO_LARGE = `文件过大：一次上传一个报告文件，不能超过 ${MAX_FILE_BYTES / 1024 / 1024} MB`;

/**
 * A cookie-authenticated POST must come from our own pages: a browser says where a request comes
 * from (Sec-Fetch-Site, Origin), and another site's form or script is refused.
 */
function fromOwnPage(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return false;
  const origin = request.headers.get("origin");
  if (!origin) return true;
  try {
    return new URL(origin).host === (request.headers.get("host") ?? new URL(request.url).host);
  } catch {
    return false;
  }
}

/** The signed-in admin sending from our own page, or why not. */
export async function authorizeUpload(request: Request): Promise<StaffUser | UploadRefusal> {
  if (!fromOwnPage(request)) return refusal(403, "请求来源无效：请从本系统的导入页面上传");
  const user = await getCurrentUser();
  if (!user) return refusal(401, "请先登录");
  if (!isAdmin(user)) return refusal(403, "只有主管部门管理员可以导入报告");
  return user;
}

/** The request's multipart form, read within MAX_UPLOAD_REQUEST_BYTES. */
export async function receiveUploadForm(request: Request): Promise<FormData | UploadRefusal> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_UPLOAD_REQUEST_BYTES) return refusal(413, TOO_LARGE);
  if (!request.body) return refusal(400, "请选择文件");
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.length;
    if (received > MAX_UPLOAD_REQUEST_BYTES) {
      await reader.cancel();
      return refusal(413, TOO_LARGE);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.length;
  }
  try {
    return await new Response(body, {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    return refusal(400, "上传的内容无法读取：请通过导入页面上传文件");
  }
}

export function isRefusal(value: unknown): value is UploadRefusal {
  return typeof value === "object" && value !== null && "status" in value && "message" in value;
}

/** A refusal as the routes answer it: JSON with ok false and the Chinese message. */
export function answerRefusal(refused: UploadRefusal): Response {
  return Response.json({ ok: false, message: refused.message }, { status: refused.status });
}
