import type { ReviewViolation } from "@/lib/server/review/describe-violations";

const MAX_LABELS = 6;

// Every violation the server found, errors first, each warning with the clerk's explanation.

export function ViolationList({ violations }: { violations: ReviewViolation[] }) {
  if (violations.length === 0) return <p className="text-sm text-emerald-700">✓ 服务器检查未发现错误或警告。</p>;
  const ordered = [...violations].sort((a, b) => (a.level === b.level ? 0 : a.level === "error" ? -1 : 1));
  return (
    <ul className="space-y-2" aria-label="检查结果">
      {ordered.map((violation, index) => (
        <li
          key={index}
          className={`rounded-md border px-3 py-2 text-sm ${violation.level === "error" ? "border-red-300 bg-red-50" : "border-amber-300 bg-amber-50"}`}
        >
          <p className={violation.level === "error" ? "text-red-800" : "text-amber-900"}>
            <span className="font-medium">{violation.level === "error" ? "✖ 错误" : "⚠ 警告"}</span>：
            {violation.message}
          </p>
          {violation.level === "warning" && (
            <p className="mt-1 text-slate-800">
              填报人说明：{violation.explanation ?? <span className="text-red-700">（未填写说明）</span>}
            </p>
          )}
          {violation.labels.length > 1 && (
            <p className="mt-1 text-xs text-slate-600">
              涉及：{violation.labels.slice(0, MAX_LABELS).join("、")}
              {violation.labels.length > MAX_LABELS && ` 等 ${violation.labels.length} 处`}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
