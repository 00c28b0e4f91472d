import { describe, expect, it } from "vitest";
import { checkAgencyPlacement } from "./agency-placement";

const city = { name: "某市人民政府", kind: "GOVERNMENT", level: "CITY", active: true } as const;
const county = { name: "某县人民政府", kind: "GOVERNMENT", level: "COUNTY", active: true } as const;

describe("checkAgencyPlacement", () => {
  it("places departments under any government, 乡镇 under a county, governments under a higher level", () => {
    expect(checkAgencyPlacement(city, { kind: "DEPARTMENT", level: null })).toBeNull();
    expect(checkAgencyPlacement(county, { kind: "TOWNSHIP", level: null })).toBeNull();
    expect(checkAgencyPlacement(city, { kind: "GOVERNMENT", level: "COUNTY" })).toBeNull();
  });

  it("refuses every other placement with a reason", () => {
    expect(
      checkAgencyPlacement({ ...city, kind: "DEPARTMENT", level: null }, { kind: "DEPARTMENT", level: null }),
    ).toContain("不是人民政府");
    expect(checkAgencyPlacement({ ...city, active: false }, { kind: "DEPARTMENT", level: null })).toContain("已停用");
    expect(checkAgencyPlacement(city, { kind: "TOWNSHIP", level: null })).toContain("乡镇只能隶属于县级政府");
    expect(checkAgencyPlacement(county, { kind: "GOVERNMENT", level: "CITY" })).toContain("市级政府不能隶属于县级政府");
    expect(checkAgencyPlacement(city, { kind: "GOVERNMENT", level: null })).toContain("必须注明级别");
    expect(checkAgencyPlacement(city, { kind: "DEPARTMENT", level: "COUNTY" })).toContain("只有人民政府有级别");
  });
});
