import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { AdminNav } from "@/components/admin/admin-nav";
import { BoardTable } from "@/components/admin/board-table";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { BOARD_FILTER_LABELS, BOARD_FILTERS } from "@/lib/server/board/board-filters";
import { describeRate } from "@/lib/server/board/board-labels";
import { findDefaultBoardYear } from "@/lib/server/board/default-board-year";
import { getDeadlineBoard } from "@/lib/server/board/get-deadline-board";
import { requireAdmin } from "@/lib/server/auth/require-admin";
import { formatDate } from "@/lib/format-date";
import { refreshChecksAction } from "./actions";
import { BOARD_PAGE_SIZE, boardQuerySchema, type BoardQuery } from "./schemas";

export const metadata: Metadata = { title: "报送进度" };

function boardHref(query: BoardQuery): string {
  const params = new URLSearchParams();
  if (query.year) params.set("year", String(query.year));
  if (query.government) params.set("government", query.government);
  if (query.filter && query.filter !== "all") params.set("filter", query.filter);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  return `/staff/admin/board?${params}`;
}

export default async function BoardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = boardQuerySchema.parse(await searchParams);
  const user = await requireAdmin(boardHref(query));
  const year = query.year ?? (await findDefaultBoardYear());
  if (!year) {
    return (
      <div>
        <AdminNav current="/staff/admin/board" />
        <p>还没有填报年度，请先在“填报年度”中开放年度。</p>
      </div>
    );
  }
  const board = await getDeadlineBoard(user, {
    year,
    governmentId: query.government,
    filter: query.filter,
    page: query.page,
    pageSize: BOARD_PAGE_SIZE,
  });
  if (!board) notFound();
  const current = { year, government: query.government, filter: query.filter };
  const exportHref = `/staff/admin/board/export?${new URLSearchParams({ year: String(year), government: board.government.id, ...(query.filter ? { filter: query.filter } : {}) })}`;

  return (
    <div>
      <AdminNav current="/staff/admin/board" />
      <PageHeader
        title={`${board.government.name} ${year} 年度报送进度`}
        className="mb-3"
        actions={
          <Button asChild variant="secondary" size="sm">
            <a href={exportHref}>导出 Excel</a>
          </Button>
        }
      />
      <nav aria-label="年度" className="mb-2 flex flex-wrap gap-2 text-sm">
        {board.years.map((entry) => (
          <Link
            key={entry}
            href={boardHref({ ...current, year: entry })}
            aria-current={entry === year ? "page" : undefined}
            className={entry === year ? "font-semibold" : "text-blue-700 underline"}
          >
            {entry} 年度
          </Link>
        ))}
        {board.governments.length > 1 && <span className="mx-2 text-slate-400">|</span>}
        {board.governments.length > 1 &&
          board.governments.map((government) => (
            <Link
              key={government.id}
              href={boardHref({ ...current, government: government.id })}
              aria-current={government.id === board.government.id ? "page" : undefined}
              className={government.id === board.government.id ? "font-semibold" : "text-blue-700 underline"}
            >
              {government.name}
            </Link>
          ))}
      </nav>
      <p className="mb-4 text-sm text-slate-600">
        {board.year.closedAt ? `已于 ${formatDate(board.year.closedAt)} 关闭填报。` : "填报中。"}
        截止：部门和乡镇 {formatDate(board.year.deadlines.AGENCY)}，县级汇总 {formatDate(board.year.deadlines.COUNTY)}
        ，市级汇总 {formatDate(board.year.deadlines.CITY)}，省级汇总 {formatDate(board.year.deadlines.PROVINCE)}。
      </p>

      <section aria-labelledby="rates" className="mb-6">
        <h2 id="rates" className="mb-2 text-lg font-semibold">
          报送率（已发布 / 应报）
        </h2>
        <Table label="报送率" boxClassName="w-fit" className="[&_td]:py-1.5">
          <TableHeader>
            <TableRow>
              <TableHead>范围</TableHead>
              <TableHead className="text-right">应报</TableHead>
              <TableHead className="text-right">已发布</TableHead>
              <TableHead className="text-right">按时发布</TableHead>
              <TableHead className="text-right">报送率</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {[board.rates.overall, ...board.rates.byLevel, ...board.rates.byGovernment].map((rate, index) => (
              <TableRow key={`${rate.label}-${index}`} className={index === 0 ? "font-semibold" : undefined}>
                <TableCell className="min-w-32">{rate.label}</TableCell>
                <TableCell numeric>{rate.expected}</TableCell>
                <TableCell numeric>{rate.published}</TableCell>
                <TableCell numeric>{rate.onTime}</TableCell>
                <TableCell numeric>{describeRate(rate)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>

      <nav aria-label="筛选" className="mb-3 flex flex-wrap gap-1 text-sm">
        {BOARD_FILTERS.map((filter) => {
          const selected = (query.filter ?? "all") === filter;
          return (
            <Link
              key={filter}
              href={boardHref({ ...current, filter })}
              aria-current={selected ? "page" : undefined}
              className={`rounded-md border px-3 py-1 ${selected ? "border-brand bg-brand text-white" : "border-slate-300 bg-white hover:bg-slate-100"}`}
            >
              {BOARD_FILTER_LABELS[filter]}（{board.counts[filter]}）
            </Link>
          );
        })}
      </nav>
      {board.staleChecks > 0 && (
        <ActionForm
          action={refreshChecksAction}
          submitLabel="检查这些报告"
          tone="secondary"
          className="mb-3 flex flex-wrap items-center gap-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm"
        >
          <span>⚠ 有 {board.staleChecks} 份报告的错误和警告数尚未统计（例如导入的报告），显示为“—”。</span>
          <input type="hidden" name="year" value={year} />
        </ActionForm>
      )}
      <BoardTable rows={board.rows} />
      {board.pageCount > 1 && (
        <nav aria-label="分页" className="mt-3 flex flex-wrap items-center gap-2 text-sm">
          <span>
            共 {board.matchingRows} 个机构，第 {board.page} / {board.pageCount} 页：
          </span>
          {Array.from({ length: board.pageCount }, (_, index) => index + 1).map((page) => (
            <Link
              key={page}
              href={boardHref({ ...current, page })}
              aria-current={page === board.page ? "page" : undefined}
              className={page === board.page ? "font-semibold" : "text-blue-700 underline"}
            >
              {page}
            </Link>
          ))}
        </nav>
      )}
    </div>
  );
}
