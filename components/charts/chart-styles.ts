// CSS of the server-rendered HTML charts (inlined by the public pages). Sizes are in rem, so the
// words of a chart are as large as the page's on a phone as on a desktop.
export const CHART_CSS = `
.chart{margin:0;min-width:0}
.chart figcaption{font-weight:600;margin-bottom:.5rem}
.column-chart{max-width:40rem;font-size:.8rem;line-height:1.2;color:#4b5563}
.cc-plot{position:relative;height:12rem;margin:.75rem 0 0 2.6rem;border-bottom:1px solid #9ca3af}
.cc-grid{position:absolute;left:0;right:0;border-top:1px solid #e5e7eb}
.cc-grid span{position:absolute;right:100%;margin-right:.4rem;transform:translateY(-50%);font-variant-numeric:tabular-nums;white-space:nowrap}
.cc-columns{position:absolute;inset:0;display:flex;align-items:flex-end}
.cc-category{position:relative;flex:1 1 0;min-width:0;height:100%;display:flex;align-items:flex-end;justify-content:center;gap:2px;padding:0 6%}
.cc-stacked{display:block;padding:0}
.cc-stacked .cc-bar{position:absolute;left:20%;right:20%;max-width:none}
.cc-bar{position:relative;flex:1 1 0;max-width:2.5rem;min-height:1px}
.cc-value{position:absolute;bottom:100%;left:50%;transform:translateX(-50%);padding-bottom:2px;color:#111827;font-variant-numeric:tabular-nums;white-space:nowrap}
.cc-absent{align-items:center;background:repeating-linear-gradient(135deg,#f3f4f6 0 6px,#fff 6px 12px);border-left:1px dashed #d1d5db;border-right:1px dashed #d1d5db}
.cc-absent span{writing-mode:vertical-rl;color:#4b5563;letter-spacing:.1em}
.cc-axis{display:flex;margin-left:2.6rem;padding-top:.3rem}
.cc-axis span{flex:1 1 0;min-width:0;text-align:center;font-variant-numeric:tabular-nums;color:#374151}
.cc-axis .cc-absent-label{color:#6b7280}
.bar-list{max-width:40rem;font-size:.875rem;line-height:1.4;display:grid;gap:.35rem}
.bl-row{display:grid;grid-template-columns:minmax(5.5em,8em) 1fr;gap:.5rem;align-items:center}
.bl-label{color:#374151;text-align:right}
.bl-track{display:block;min-width:0;padding-right:8.5em;white-space:nowrap}
.bl-bar{display:inline-block;height:1rem;min-width:1px;vertical-align:middle}
.bl-value{margin-left:.4rem;vertical-align:middle;font-variant-numeric:tabular-nums;color:#111827}
.chart-empty{display:flex;align-items:center;justify-content:center;min-height:6rem;margin:0;border:1px dashed #d1d5db;border-radius:.375rem;color:#4b5563;background:#f9fafb}
.chart-legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;padding:0;margin:.5rem 0 .25rem;font-size:.85rem}
.chart-legend span{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:-.05rem;border:1px solid #374151}
.chart details{font-size:.85rem;margin-top:.25rem}
.chart details table{margin-top:.5rem}
@media print{.chart details{display:none}.cc-bar,.bl-bar,.chart-legend span{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
`;
