// `npm run bench -- <name>` runs bench/<name>.ts (its default export); without a name, lists them.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const directory = fileURLToPath(new URL(".", import.meta.url));
const names = readdirSync(directory)
  .filter((file) => file.endsWith(".ts") && file !== "run.ts" && !file.endsWith(".test.ts"))
  .map((file) => file.slice(0, -".ts".length))
  .sort();

const [name] = process.argv.slice(2);
const listing = `用法 / usage: npm run bench -- <name>\n\n${names.map((entry) => `  ${entry}`).join("\n")}`;
if (!name) {
  console.log(listing);
  process.exit(0);
}
if (!names.includes(name)) {
  console.error(`未知的基准测试 / unknown benchmark: ${name}\n${listing}`);
  process.exit(2);
}

const benchmark = (await import(`./${name}.ts`)) as { default: () => Promise<void> | void };
await benchmark.default();
