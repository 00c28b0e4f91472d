// `npm run cli -- <command> ...`: a small dispatcher. Add a command by writing
// scripts/cli/<command>.ts (exporting `command: CliCommand`) and registering it below.
import { UsageError, type CliCommand } from "./cli/command";

interface CommandEntry {
  summary: string;
  load: () => Promise<{ command: CliCommand }>;
}

// Loaded on demand so that one command's dependencies (the database …) do not slow the others.
const commands: Record<string, CommandEntry> = {
  validate: {
    summary: "检查报告文件是否符合格式和勾稽关系 / check a report file against its format's rules",
    load: () => import("./cli/validate"),
  },
  import: { summary: "把报告文件导入数据库 / load report files into the database", load: () => import("./cli/import") },
  parse: {
    summary:
      "从已发布的年度报告（.pdf/.doc/.docx/.html/.md/.txt）读出报告 JSON / read a published report into interchange JSON",
    load: () => import("./cli/parse"),
  },
  "parse-many": {
    summary: "读取一个文件夹或 zip 中的全部年度报告，逐个列出结果 / read every published report in a folder or zip",
    load: () => import("./cli/parse-many"),
  },
  "import-many": {
    summary:
      "把一个文件夹或 zip 中已发布的年度报告原文导入为已发布报告（按名称匹配机构，可试运行） / import every published report in a folder or zip",
    load: () => import("./cli/import-many"),
  },
  generate: {
    summary: "生成一个模拟省份的机构、账号和报告（用于压力测试） / generate a synthetic province",
    load: () => import("./cli/generate"),
  },
  export: {
    summary: "把一份报告导出为 JSON / write one report as interchange JSON",
    load: () => import("./cli/export"),
  },
};

function describeUsage(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(([name, entry]) => `  ${name.padEnd(width)}  ${entry.summary}`);
  return [
    "用法 / usage: npm run cli -- <命令 command> [参数 arguments]",
    "",
    "命令 / commands:",
    ...lines,
    "",
    "npm run cli -- help <命令>：查看命令的用法 / show a command's usage",
  ].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === "help" || name === "--help" || name === "-h") {
    const entry = args[0] ? commands[args[0]] : undefined;
    console.log(entry ? `用法 / usage: npm run cli -- ${(await entry.load()).command.usage}` : describeUsage());
    return 0;
  }
  const entry = name ? commands[name] : undefined;
  if (!entry) {
    console.error(name ? `未知的命令 / unknown command: ${name}\n\n${describeUsage()}` : describeUsage());
    return 2;
  }
  const { command } = await entry.load();
  try {
    return await command.run(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n用法 / usage: npm run cli -- ${command.usage}`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
