import type { ActionResult } from "@/lib/action-result";

/** The server's answer to a review action: a status line, or an alert with the problems behind a refusal. */
export function ActionMessage({ result }: { result: ActionResult | null }) {
  if (!result) return null;
  if (result.ok) {
    return (
      <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
        ✓ {result.message}
      </p>
    );
  }
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
      <p>⚠ {result.message}</p>
      {result.problems && result.problems.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {result.problems.map((problem, index) => (
            <li key={index}>{problem}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
