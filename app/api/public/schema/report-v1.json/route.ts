import { buildReportJsonSchema } from "@/lib/report-format";
import { OPEN_DATA_HEADERS } from "../../respond";

// The JSON Schema of the interchange format (the same text as docs/report-v1.schema.json).

export const dynamic = "force-static";

export function GET(): Response {
  return new Response(`${JSON.stringify(buildReportJsonSchema(), null, 2)}\n`, {
    headers: {
      ...OPEN_DATA_HEADERS,
      "Content-Type": "application/schema+json; charset=utf-8",
      "Cache-Control": "public, max-age=3600",
    },
  });
}
