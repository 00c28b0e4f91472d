// The official layout of a report (title, 一、二、… headings, ruled tables) as CSS text: the public
// pages inline it (they ship no bundler CSS or JavaScript), a staff page that shows a
// ReportDocument can render it in a <style> element. Screen first, then phone width, then A4 print.

export const REPORT_DOCUMENT_CSS = `
.report-document{font-size:1rem;line-height:1.9}
.report-title{text-align:center;font-size:1.6rem;font-weight:700;line-height:1.5;margin:1rem 0 .25rem}
.report-meta{text-align:center;color:#4b5563;font-size:.9rem;margin:0 0 1.5rem}
.report-section h2{font-size:1.2rem;font-weight:700;margin:2rem 0 .75rem}
.report-text p{text-indent:2em;margin:0 0 .75rem;white-space:pre-wrap;overflow-wrap:anywhere}
.report-text .empty{text-indent:0;color:#6b7280}
.table-scroll{position:relative;overflow-x:auto;max-width:100%;margin:.75rem 0 1.25rem;-webkit-overflow-scrolling:touch}
.table-scroll:focus{outline:2px solid #1d4ed8;outline-offset:2px}
.official-table{border-collapse:separate;border-spacing:0;width:100%;font-size:.9rem;line-height:1.5;border-top:1px solid #374151;border-left:1px solid #374151}
.official-table th,.official-table td{border-right:1px solid #374151;border-bottom:1px solid #374151;padding:.3rem .5rem;vertical-align:middle}
.official-table th{font-weight:600;background:#f9fafb;text-align:center}
.official-table th.row-label{text-align:left;font-weight:400;background:#fff}
.official-table th.band{background:#f3f4f6}
.official-table td{text-align:right;font-variant-numeric:tabular-nums;min-width:3.2rem;background:#fff}
.official-table .corner{font-size:.8rem;font-weight:400;text-align:left}
.official-table .total{font-weight:700;background:#f8fafc}
.official-table th.row-label.total{background:#f8fafc}
@media (max-width:720px){
  .official-table{font-size:.8rem;width:auto;min-width:100%}
  .official-table th.row-label,.official-table th.corner-cell{position:sticky;z-index:1;box-sizing:border-box;box-shadow:1px 0 0 #374151}
  .official-table th.row-label{padding-left:.3rem;padding-right:.3rem}
  .official-table th[scope=col]{min-width:3.6em}
  .official-table .lc-0{left:0}
  .official-table.labels-1 .lc-0{width:7.5em;min-width:7.5em;max-width:7.5em}
  .official-table.labels-3 .lc-1{left:3em}
  .official-table.labels-3 .lc-2{left:7.8em}
  .official-table.labels-3 .lc-0.lw-1{width:3em;min-width:3em;max-width:3em}
  .official-table.labels-3 .lc-1.lw-1{width:4.8em;min-width:4.8em;max-width:4.8em;word-break:keep-all}
  .official-table.labels-3 .lc-2.lw-1{width:7.4em;min-width:7.4em;max-width:7.4em}
  .official-table.labels-3 .lc-1.lw-2{width:12.2em;min-width:12.2em;max-width:12.2em}
  .official-table.labels-3 .lc-0.lw-2{width:7.8em;min-width:7.8em;max-width:7.8em}
  .official-table.labels-3 .lw-3{width:15.2em;min-width:15.2em;max-width:15.2em}
}
@media print{
  .report-document{font-family:"FangSong","STFangsong","Noto Serif CJK SC","Source Han Serif SC",serif;font-size:12pt;line-height:1.6}
  .report-title{font-size:18pt}
  .report-section h2{font-size:14pt;break-after:avoid}
  .report-text p{orphans:2;widows:2}
  .table-scroll{overflow:visible}
  .official-table{font-size:9pt;width:100%;break-inside:auto}
  .official-table tr{break-inside:avoid}
  .official-table thead{display:table-header-group}
  .official-table th,.official-table td{padding:2pt 3pt;background:#fff !important}
}
`;
