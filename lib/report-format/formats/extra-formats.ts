// Formats the app knows besides the official ones: none. A test build swaps this module for a
// module of its own through next.config.ts (GKNB_EXTRA_FORMATS_MODULE, set by the e2e server), so
// that a made-up format reaches the running app in tests and never a production build.
import type { FormatDeclaration } from "../types";

export const extraFormats: readonly FormatDeclaration[] = [];
