import Link from "next/link";

export const ADMIN_SECTIONS = [
  {
    href: "/staff/admin/board",
    title: "报送进度",
    description: "各机构报告的状态、错误和警告、截止期限和报送率，可导出 Excel。",
  },
  {
    href: "/staff/admin/summary",
    title: "汇总报告",
    description: "按本级部门和下级政府的报告逐格汇总，补写文字后送审发布。",
  },
  {
    href: "/staff/admin/years",
    title: "填报年度",
    description: "开放或关闭年度、设置各级截止日期、对个别机构例外开放。",
  },
  {
    href: "/staff/admin/agencies",
    title: "机构管理",
    description: "新增、改名、调整隶属关系、停用机构；从 CSV 或 Excel 批量导入。",
  },
  {
    href: "/staff/admin/people",
    title: "人员与角色",
    description: "新建账号、重置密码、停用账号，分配填报人、审核人和管理员。",
  },
  {
    href: "/staff/admin/import",
    title: "导入往年报告",
    description: "上传往年报告的数据文件（JSON），检查后作为已发布报告导入。",
  },
  {
    href: "/staff/admin/import-texts",
    title: "从原文导入往年报告",
    description: "上传已公开报告的原文（文本、网页、Word），与原文对照核对、更正后作为已发布报告导入。",
  },
  {
    href: "/staff/admin/site",
    title: "网站信息",
    description: "公开网站的主办单位、联系方式、网站标识码、备案号和徽标。",
  },
] as const;

/** The admin pages' own navigation, with the current one marked. */
export function AdminNav({ current }: { current: (typeof ADMIN_SECTIONS)[number]["href"] }) {
  return (
    <nav aria-label="主管部门管理" className="mb-6 flex flex-wrap gap-1 border-b border-slate-200 pb-2 text-sm">
      <Link href="/staff/admin" className="rounded-md px-3 py-1.5 text-slate-800 hover:bg-slate-100">
        管理首页
      </Link>
      {ADMIN_SECTIONS.map((section) => (
        <Link
          key={section.href}
          href={section.href}
          aria-current={section.href === current ? "page" : undefined}
          className={`rounded-md px-3 py-1.5 ${section.href === current ? "bg-brand text-white" : "text-slate-800 hover:bg-slate-100"}`}
        >
          {section.title}
        </Link>
      ))}
    </nav>
  );
}
