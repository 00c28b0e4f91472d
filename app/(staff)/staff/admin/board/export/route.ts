import { getCurrentUser } from "@/lib/server/auth/current-user";
import { recordBulkTransfer } from "@/lib/server/security/record-bulk-transfer";
import { isAdmin } from "@/lib/server/auth/access";
import { buildBoardWorkbook } from "@/lib/server/board/build-board-workbook";
import { getDeadlineBoard } from "@/lib/server/board/get-deadline-board";
import { boardQuerySchema } from "../schemas";

// The board as .xlsx. A route handler is not protected by the page: the admin is checked again here.
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword || !isAdmin(user)) return new Response("无权访问", { status: user ? 403 : 401 });
  const query = boardQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.year) return new Response("缺少年度", { status: 400 });
  const board = await getDeadlineBoard(user, {
    year: query.year,
    governmentId: query.government,
    filter: query.filter,
  });
  if (!board) return new Response("未找到", { status: 404 });
  const buffer = await (await buildBoardWorkbook(board)).xlsx.writeBuffer();
  await recordBulkTransfer(user, "data.exported", { what: "deadline_board", count: board.rows.length });
  const name = `${board.government.name}${board.year.year}年度报送进度.xlsx`;
  return new Response(buffer as ArrayBuffer, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="board-${board.year.year}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
