import { FORMAT_KEYS, isFormatKey } from "./format-registry";
import type { FormatKey } from "./types";

/**
 * A format key read from outside the type system (a database column, a file): the key itself, or
 * an error naming the unknown value, so a bad row fails loudly where it is read instead of as an
 * undefined format deep inside the rule engine.
 */
export function parseFormatKey(value: string): FormatKey {
  if (isFormatKey(value)) return value;
  throw new RangeError(`Unknown report format "${value}" (known: ${FORMAT_KEYS.join(", ")})`);
}
