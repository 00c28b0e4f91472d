// Chinese names of the enums the UI shows.
export const REPORT_STATUS_LABELS = {
  DRAFT: "草稿",
  SUBMITTED: "已提交",
  RETURNED: "已退回",
  APPROVED: "已审核",
  PUBLISHED: "已发布",
} as const;

export const ROLE_LABELS = {
  CLERK: "填报人",
  SUPERVISOR: "审核人",
  ADMIN: "主管部门管理员",
  AUDITOR: "审计员",
} as const;

export const AGENCY_KIND_LABELS = { DEPARTMENT: "部门", TOWNSHIP: "乡镇", GOVERNMENT: "政府" } as const;

export const REPORT_KIND_LABELS = { AGENCY: "本机关年度报告", SUMMARY: "本级政府汇总报告" } as const;
