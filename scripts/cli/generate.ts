// `generate --agencies N --years Y [--seed S] [--first-year 2019]`: a synthetic province (province →
// cities → counties → departments and 乡镇) with published, consistent reports (about one in ten with
// a 年年雷同 warning) and users, deterministic from the seed. For benchmarks: use an empty database.
import { parseArgs } from "node:util";
import { disconnectDb } from "@/lib/server/db";
import { GENERATED_PASSWORD, generateProvince } from "@/lib/server/generate/generate-province";
import { connectCliDatabase } from "../lib/cli-database";
import { UsageError, type CliCommand } from "./command";

function positiveInteger(value: string | undefined, name: string, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new UsageError(`${name} 需要一个正整数`);
  return number;
}

export const command: CliCommand = {
  usage: "generate --agencies 机构数 --years 年数 [--seed 种子] [--first-year 2019]",
  async run(args) {
    let values: { agencies?: string; years?: string; seed?: string; "first-year"?: string };
    try {
      ({ values } = parseArgs({
        args,
        options: {
          agencies: { type: "string" },
          years: { type: "string" },
          seed: { type: "string" },
          "first-year": { type: "string" },
        },
      }));
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const options = {
      agencies: positiveInteger(values.agencies, "--agencies"),
      years: positiveInteger(values.years, "--years"),
      seed: positiveInteger(values.seed, "--seed", 1),
      firstYear: positiveInteger(values["first-year"], "--first-year", 2019),
    };
    if (options.firstYear < 2019) throw new UsageError("--first-year 不能早于 2019（更早的年度没有统一格式）");

    const database = await connectCliDatabase();
    const started = Date.now();
    try {
      const result = await generateProvince({ ...options, log: (line) => console.error(line) });
      console.log(
        `已生成 ${result.agencies} 个机构、${result.users} 个账号（密码 ${GENERATED_PASSWORD}）、${result.firstYear}–${result.lastYear} 年度 ${result.reports} 份已发布报告（${result.cells} 个单元格），用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`,
      );
      return 0;
    } finally {
      await disconnectDb();
      await database.close();
    }
  },
};
