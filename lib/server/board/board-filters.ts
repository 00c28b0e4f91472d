// The deadline board's filters (shared by the page's URL schema and the server function).
export const BOARD_FILTERS = [
  "all",
  "not_started",
  "draft",
  "submitted",
  "returned",
  "approved",
  "published",
  "late",
] as const;
export type BoardFilter = (typeof BOARD_FILTERS)[number];

export const BOARD_FILTER_LABELS: Record<BoardFilter, string> = {
  all: "全部",
  not_started: "未开始",
  draft: "草稿",
  submitted: "已提交",
  returned: "已退回",
  approved: "已审核",
  published: "已发布",
  late: "逾期",
};
