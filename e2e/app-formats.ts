import { registerFormat } from "../lib/report-format";
import { extraFormats } from "../tests/formats/made-up-format";

// The e2e app knows made-up formats besides the official ones (scripts/e2e-server.ts builds it with
// tests/formats/made-up-format.ts): registered here too, a spec derives what the app shows from
// the same formats.
export const APP_EXTRA_FORMATS = extraFormats.map((declaration) => registerFormat(declaration));
