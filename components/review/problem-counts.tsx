// Errors in red and warnings in amber, each with an icon and words (never colour alone).
export function ProblemCounts({ errors, warnings }: { errors: number; warnings: number }) {
  if (!errors && !warnings) return <span className="text-emerald-700">✓ 无错误和警告</span>;
  return (
    <span className="inline-flex flex-wrap gap-x-3">
      {errors > 0 && <span className="font-medium text-red-700">✖ {errors} 个错误</span>}
      {warnings > 0 && <span className="font-medium text-amber-700">⚠ {warnings} 个警告</span>}
    </span>
  );
}
