import { Alert } from "@/components/ui/alert";
import type { ActionResult } from "@/lib/action-result";

/** The server's answer to a review action: a status line, or an alert with the problems behind a refusal. */
export function ActionMessage({ result }: { result: ActionResult | null }) {
  if (!result) return null;
  if (result.ok) {
    return (
      <Alert role="status" tone="success">
        {result.message}
      </Alert>
    );
  }
  return (
    <Alert role="alert" tone="danger">
      <p>{result.message}</p>
      {result.problems && result.problems.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {result.problems.map((problem, index) => (
            <li key={index}>{problem}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
