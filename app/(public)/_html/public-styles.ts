import { CHART_CSS } from "@/components/charts/chart-styles";
import { REPORT_DOCUMENT_CSS } from "@/components/report/report-styles";

// The public site's CSS, inlined in each page (a few KB gzipped; one request less on a phone).

const SITE_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif;color:#1f2328;background:#fff;-webkit-text-size-adjust:100%}
body{margin:0}
.skip-link{position:absolute;left:-9999px;top:0;background:#fff;padding:.5rem 1rem;z-index:10}
.skip-link:focus{left:.5rem}
.public-shell{max-width:1080px;margin:0 auto;padding:0 1.25rem}
.public-header{border-bottom:3px solid #b91c1c;background:#fff}
.public-header .public-shell{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:baseline;justify-content:space-between;padding-top:.9rem;padding-bottom:.9rem}
.public-brand{display:inline-flex;align-items:center;gap:.6rem;font-size:1.25rem;font-weight:700;color:#991b1b;text-decoration:none}
.public-emblem{display:block;height:2.5rem;width:auto}
.demo-banner{background:#fffbeb;border-bottom:1px solid #f59e0b;color:#78350f;font-size:.875rem;line-height:1.6;padding:.5rem 0}
.demo-banner strong{display:inline-block;margin-right:.5rem;padding:0 .4rem;border:1px solid #b45309;border-radius:.25rem;color:#92400e;background:#fff}
.public-nav{display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.95rem}
.public-nav a{color:#1f2328}
.public-main{padding:1.5rem 1.25rem 2rem;line-height:1.8}
.public-main a{color:#1d4ed8}
.public-footer{margin-top:3rem;border-top:3px solid #b91c1c;background:#f9fafb;padding:1.25rem 0 1.5rem;color:#374151;font-size:.875rem;line-height:1.8}
.footer-line{display:flex;flex-wrap:wrap;justify-content:center;gap:0 1.5rem;list-style:none;margin:0;padding:0;text-align:center}
.footer-line li{overflow-wrap:anywhere}
.footer-line a,.public-footer a{color:#374151}
.footer-note{margin:.5rem 0 0;text-align:center;color:#4b5563;font-size:.8rem}
.print-button{font:inherit;font-size:.9rem;padding:.1rem .7rem;border:1px solid #6b7280;border-radius:.25rem;background:#fff;color:#1f2328;cursor:pointer}
h1.page-title{font-size:1.5rem;margin:1rem 0 .5rem;line-height:1.4}
h2.block-heading{margin-top:2rem;font-size:1.15rem;font-weight:600;border-left:4px solid #b91c1c;padding-left:.6rem;line-height:1.5}
.muted{color:#4b5563;font-size:.875rem}
.lead{color:#374151;margin:.25rem 0 1rem}
.visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
time,.date{white-space:nowrap}
.search-form{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end;margin:1rem 0;padding:1rem;border:1px solid #e5e7eb;border-radius:.375rem;background:#f9fafb}
.search-form label{display:flex;flex-direction:column;font-size:.875rem;gap:.2rem}
.search-form input,.search-form select,.search-form button{font:inherit;font-size:1rem;padding:.4rem .6rem;border:1px solid #6b7280;border-radius:.25rem;background:#fff;color:#1f2328}
.search-form input{min-width:14rem}
.search-form button{background:#991b1b;border-color:#991b1b;color:#fff;cursor:pointer}
.year-counts{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0;margin:.5rem 0 1rem}
.year-counts a,.year-counts span{display:inline-block;padding:.2rem .7rem;border:1px solid #d1d5db;border-radius:1rem;text-decoration:none;font-size:.9rem}
.year-counts [aria-current]{background:#991b1b;color:#fff;border-color:#991b1b}
.report-list{list-style:none;padding:0;margin:.5rem 0 0;display:grid;gap:.4rem;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr))}
.report-list a{display:block;padding:.6rem .9rem;border:1px solid #e5e7eb;border-radius:.375rem;text-decoration:none;color:#111827}
.report-list a:hover,.report-list a:focus{border-color:#b91c1c}
h3.kind-heading{font-size:1rem;margin:1rem 0 .25rem;color:#374151}
.report-actions{display:flex;flex-wrap:wrap;gap:.5rem 1rem;justify-content:center;font-size:.9rem;margin:0 0 1rem}
.notice{border:1px solid #d97706;background:#fffbeb;padding:.75rem 1rem;border-radius:.375rem;margin:1rem 0}
.corrections{border:1px solid #d1d5db;background:#f9fafb;padding:.75rem 1rem;border-radius:.375rem;margin:1rem 0}
.corrections h2{font-size:1rem;margin:0 0 .25rem}
.corrections ol{margin:.25rem 0 0;padding-left:1.25rem}
.other-years{margin-top:2rem;font-size:.95rem}
.other-years ul,.inline-list{display:inline;list-style:none;padding:0;margin:0}
.other-years li,.inline-list li{display:inline;margin-right:.9rem}
.data-table{border-collapse:collapse;width:100%;font-size:.9rem;line-height:1.5}
.data-table th,.data-table td{border:1px solid #d1d5db;padding:.35rem .55rem}
.data-table thead th{background:#f3f4f6;text-align:center;font-weight:600;white-space:nowrap}
.data-table td.num{text-align:right;font-variant-numeric:tabular-nums}
.data-table th[scope=row]{text-align:left;font-weight:400;min-width:8em}
.data-table .mismatch{color:#b91c1c;font-weight:600}
.data-table .match{color:#166534}
.sort-link{color:inherit !important;text-decoration:none}
.sort-link:hover,.sort-link:focus{text-decoration:underline}
.chart-grid{display:grid;gap:1.5rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,28rem),1fr));margin:1rem 0}
.error-page{max-width:40rem;margin:2rem auto 0;text-align:center}
.error-page .search-form{justify-content:center;text-align:left}
.error-code{margin:0;font-size:3.5rem;font-weight:700;line-height:1;color:#b91c1c;letter-spacing:.1em}
pre.code{background:#f3f4f6;padding:.75rem 1rem;overflow-x:auto;font-size:.85rem;line-height:1.5;border-radius:.375rem}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
@media (max-width:720px){
  .public-shell{padding:0 .9rem}
  .public-main{padding:1rem .9rem 2rem}
  .report-title{font-size:1.3rem}
  .search-form input{min-width:0;width:100%}
  .search-form label{flex:1 1 100%}
  .table-scroll .data-table th[scope=row],.table-scroll .data-table thead th:first-child{position:sticky;left:0;z-index:1;background:#fff;box-shadow:1px 0 0 #d1d5db}
  .table-scroll .data-table thead th:first-child{background:#f3f4f6}
}
@media print{
  @page{size:A4;margin:2.5cm 2.6cm 2.4cm 2.8cm}
  .public-header,.public-footer,.no-print,.skip-link,.demo-banner{display:none !important}
  .public-main{padding:0;max-width:none}
  a{color:inherit;text-decoration:none}
}
`;

export const PUBLIC_CSS = `${SITE_CSS}${REPORT_DOCUMENT_CSS}${CHART_CSS}`.replace(/\n\s*/g, "");
