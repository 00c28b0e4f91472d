import "server-only";
import { z } from "zod";

// Read lazily: `next build` imports server modules without a database or secrets.

export function readDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error("DATABASE_URL 未设置：请用 npm start 启动（它会准备内置数据库），或设置外部 PostgreSQL 的连接串");
  return url;
}

const authEnvSchema = z.object({
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET 至少 32 个字符"),
  BETTER_AUTH_URL: z.url().default("http://localhost:3000"),
});

export type AuthEnv = z.infer<typeof authEnvSchema>;

let cachedAuthEnv: AuthEnv | undefined;

export function readAuthEnv(): AuthEnv {
  cachedAuthEnv ??= authEnvSchema.parse(process.env);
  return cachedAuthEnv;
}
