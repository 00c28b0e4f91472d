// CSS of the server-rendered SVG charts (inlined by the public pages).
export const CHART_CSS = `
.chart{margin:0}
.chart figcaption{font-weight:600;margin-bottom:.25rem}
.chart svg{display:block;width:100%;height:auto;max-width:40rem;font-size:12px}
.chart .axis{stroke:#9ca3af;stroke-width:1}
.chart .grid{stroke:#e5e7eb;stroke-width:1}
.chart .tick{fill:#4b5563}
.chart .value{fill:#111827}
.chart-legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;padding:0;margin:.25rem 0;font-size:.85rem}
.chart-legend span{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:-.05rem;border:1px solid #374151}
.chart details{font-size:.85rem;margin-top:.25rem}
.chart details table{margin-top:.5rem}
@media print{.chart details{display:none}}
`;
