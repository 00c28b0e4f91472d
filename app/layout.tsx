import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "公开年报 · 政府信息公开工作年度报告", template: "%s · 公开年报" },
  description: "各级行政机关政府信息公开工作年度报告的填报、审核、发布与查阅。",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen antialiased">{children}</body>
    </html>
  );
}
