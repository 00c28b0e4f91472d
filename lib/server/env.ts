import "server-only";
import { z } from "zod";

// Read lazily: `next build` imports server modules without a database or secrets.
const envSchema = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL 未设置：请用 npm start 启动（它会准备内置数据库），或设置外部 PostgreSQL 的连接串"),
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET 至少 32 个字符"),
  BETTER_AUTH_URL: z.url().default("http://localhost:3000"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function readEnv(): Env {
  cached ??= envSchema.parse(process.env);
  return cached;
}
