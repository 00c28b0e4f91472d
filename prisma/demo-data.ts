// The demo government of `npm start`: 辽宁省本溪市 with a few departments and one county.
import type { AgencyKind, GovernmentLevel, Role } from "../lib/generated/prisma/client";

export const DEMO_PASSWORD = "demo-2025-Pass";

export type DemoAgency = {
  code: string;
  name: string;
  kind: AgencyKind;
  level?: GovernmentLevel;
  parent?: string;
  /** Set-up day ("YYYY-MM-DD"): demo values, long before the first report year, not historical facts. */
  establishedOn: string;
  /** Names before a renaming, with the last report year of each. */
  formerNames?: { name: string; lastYear: number }[];
};

export const DEMO_GOVERNMENT = "benxi";
export const DEMO_AGENCIES: DemoAgency[] = [
  { code: "benxi", name: "本溪市人民政府", kind: "GOVERNMENT", level: "CITY", establishedOn: "1950-01-01" },
  { code: "bxskxjsj", name: "本溪市科学技术局", kind: "DEPARTMENT", parent: "benxi", establishedOn: "1980-01-01" },
  { code: "bxsjyj", name: "本溪市教育局", kind: "DEPARTMENT", parent: "benxi", establishedOn: "1980-01-01" },
  { code: "bxsczj", name: "本溪市财政局", kind: "DEPARTMENT", parent: "benxi", establishedOn: "1980-01-01" },
  // Renamed in the 2019 reform of the agencies: its reports up to 2018 carry the old name.
  {
    code: "bxssthjj",
    name: "本溪市生态环境局",
    kind: "DEPARTMENT",
    parent: "benxi",
    establishedOn: "1985-01-01",
    formerNames: [{ name: "本溪市环境保护局", lastYear: 2018 }],
  },
  {
    code: "bxmzzzx",
    name: "本溪满族自治县人民政府",
    kind: "GOVERNMENT",
    level: "COUNTY",
    parent: "benxi",
    establishedOn: "1989-01-01",
  },
];

export type DemoUser = {
  email: string;
  name: string;
  description: string;
  grants: { role: Role; agencies: "departments" | string[] }[];
};

export const DEMO_USERS: DemoUser[] = [
  {
    email: "clerk@demo.gov.cn",
    name: "李填报",
    description: "填报人 · 本溪市科学技术局",
    grants: [{ role: "CLERK", agencies: ["bxskxjsj"] }],
  },
  {
    email: "reviewer@demo.gov.cn",
    name: "王审核",
    description: "审核人 · 本溪市各部门",
    grants: [{ role: "SUPERVISOR", agencies: "departments" }],
  },
  {
    email: "admin@demo.gov.cn",
    name: "赵管理",
    description: "主管部门 · 本溪市人民政府办公室",
    grants: [{ role: "ADMIN", agencies: [DEMO_GOVERNMENT] }],
  },
];

/** Years of the demo: 2020 (closed, with the published fixture report) and the open year 2025. */
export const DEMO_YEARS = [
  { year: 2020, deadline: "2021-01-31T23:59:59+08:00", closed: true },
  { year: 2025, deadline: "2026-01-31T23:59:59+08:00", closed: false },
] as const;

export const FIXTURE_REPORT_FILE = "benxi-science-bureau-2020.json";
/** The agency whose real report the fixture is. */
export const FIXTURE_AGENCY_CODE = "bxskxjsj";

/**
 * The footer of the demo's public site. The record numbers are placeholders of zeros: the demo
 * must not show numbers that look like a real site's registration.
 */
export const DEMO_SITE_SETTINGS = {
  sponsor: "本溪市人民政府办公室（演示）",
  operator: "本溪市政务公开办公室（演示）",
  phone: "024-00000000",
  address: "辽宁省本溪市（演示地址）",
  email: "gongkai@demo.gov.cn",
  siteCode: "0000000000",
  icpRecord: "辽ICP备00000000号",
  policeRecord: "辽公网安备 00000000000000号",
};
