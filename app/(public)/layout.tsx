import Link from "next/link";
import "./public.css";

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="public-header">
        <div className="public-shell">
          <Link href="/" className="public-brand">公开年报</Link>
          <nav aria-label="站点">
            <Link href="/login">工作人员登录</Link>
          </nav>
        </div>
      </header>
      <main className="public-shell public-main">{children}</main>
      <footer className="public-footer">
        <div className="public-shell">依据《中华人民共和国政府信息公开条例》第四十九条、第五十条公开的政府信息公开工作年度报告。</div>
      </footer>
    </>
  );
}
