import type { AgencyKind, GovernmentLevel } from "@/lib/generated/prisma/client";

// The shape of a synthetic province: province → cities → counties, each government with its
// departments, each county with its 乡镇. Pure and deterministic: the same size gives the same plan.

export type PlannedAgency = {
  code: string;
  name: string;
  kind: AgencyKind;
  level: GovernmentLevel | null;
  parentCode: string | null;
};

const DEPARTMENTS = [
  "发展和改革委员会",
  "教育局",
  "科学技术局",
  "工业和信息化局",
  "公安局",
  "民政局",
  "司法局",
  "财政局",
  "人力资源和社会保障局",
  "自然资源局",
  "生态环境局",
  "住房和城乡建设局",
  "交通运输局",
  "水利局",
  "农业农村局",
  "商务局",
  "文化和旅游局",
  "卫生健康委员会",
  "应急管理局",
  "市场监督管理局",
];
const SYLLABLES = [
  "安",
  "宁",
  "平",
  "和",
  "兴",
  "华",
  "昌",
  "明",
  "清",
  "泰",
  "丰",
  "盛",
  "永",
  "嘉",
  "瑞",
  "康",
  "长",
  "新",
  "东",
  "西",
  "南",
  "北",
  "中",
  "阳",
  "山",
  "河",
  "林",
  "江",
  "海",
  "云",
];

const CITY_DEPARTMENTS = 15;
const COUNTY_DEPARTMENTS = 12;
const TOWNSHIPS_PER_COUNTY = 8;
const COUNTIES_PER_CITY = 4;
const PROVINCE_DEPARTMENTS = 20;
const COUNTY_SIZE = 1 + COUNTY_DEPARTMENTS + TOWNSHIPS_PER_COUNTY;
const CITY_SIZE = 1 + CITY_DEPARTMENTS + COUNTIES_PER_CITY * COUNTY_SIZE;

/** A two-character place name that no other index gets. */
function placeName(index: number): string {
  const first = SYLLABLES[index % SYLLABLES.length]!;
  const second = SYLLABLES[Math.floor(index / SYLLABLES.length) % SYLLABLES.length]!;
  const round = Math.floor(index / (SYLLABLES.length * SYLLABLES.length));
  return `${first}${second}${round ? round + 1 : ""}`;
}

function departmentName(prefix: string, index: number): string {
  const base = DEPARTMENTS[index % DEPARTMENTS.length]!;
  const round = Math.floor(index / DEPARTMENTS.length);
  return `${prefix}${base}${round ? `第${round + 1}分局` : ""}`;
}

/** About `total` agencies (never fewer than one province with its departments). */
export function planProvince(total: number, provinceName = "演示省"): PlannedAgency[] {
  const cities = Math.max(0, Math.floor((total - 1 - PROVINCE_DEPARTMENTS) / CITY_SIZE));
  const provinceDepartments = Math.max(PROVINCE_DEPARTMENTS, total - 1 - cities * CITY_SIZE);
  const plan: PlannedAgency[] = [
    { code: "p", name: `${provinceName}人民政府`, kind: "GOVERNMENT", level: "PROVINCE", parentCode: null },
  ];
  for (let index = 0; index < provinceDepartments; index++) {
    plan.push({
      code: `p-d${index}`,
      name: departmentName(provinceName, index),
      kind: "DEPARTMENT",
      level: null,
      parentCode: "p",
    });
  }
  let county = 0;
  for (let city = 0; city < cities; city++) {
    const cityCode = `c${city}`;
    const cityName = `${placeName(city)}市`;
    plan.push({ code: cityCode, name: `${cityName}人民政府`, kind: "GOVERNMENT", level: "CITY", parentCode: "p" });
    for (let index = 0; index < CITY_DEPARTMENTS; index++) {
      plan.push({
        code: `${cityCode}-d${index}`,
        name: departmentName(cityName, index),
        kind: "DEPARTMENT",
        level: null,
        parentCode: cityCode,
      });
    }
    for (let local = 0; local < COUNTIES_PER_CITY; local++, county++) {
      const countyCode = `${cityCode}-k${local}`;
      const countyName = `${cityName}${placeName(county + 900)}县`;
      plan.push({
        code: countyCode,
        name: `${countyName}人民政府`,
        kind: "GOVERNMENT",
        level: "COUNTY",
        parentCode: cityCode,
      });
      for (let index = 0; index < COUNTY_DEPARTMENTS; index++) {
        plan.push({
          code: `${countyCode}-d${index}`,
          name: departmentName(countyName, index),
          kind: "DEPARTMENT",
          level: null,
          parentCode: countyCode,
        });
      }
      for (let index = 0; index < TOWNSHIPS_PER_COUNTY; index++) {
        plan.push({
          code: `${countyCode}-t${index}`,
          name: `${countyName}${placeName(index + 500)}镇人民政府`,
          kind: "TOWNSHIP",
          level: null,
          parentCode: countyCode,
        });
      }
    }
  }
  return plan;
}
