// Marks cells of the printed report (ReportDocument's `data-cell` attributes) without changing it:
// errors red, warnings amber, commented cells outlined in blue, cells changed since the previous
// submission underlined in green. Colour is only a pointer here: the
// lists of violations and comments say the same in words.

const SAFE_KEY = /^[A-Za-z0-9_.]+$/;

function rule(keys: readonly string[], declaration: string): string {
  const safe = [...new Set(keys)].filter((key) => SAFE_KEY.test(key));
  return safe.length ? `${safe.map((key) => `.review-document [data-cell="${key}"]`).join(",")}{${declaration}}` : "";
}

type Props = { errors: string[]; warnings: string[]; commented: string[]; changed: string[] };

export function CellHighlights({ errors, warnings, commented, changed }: Props) {
  const css = [
    rule(warnings, "background:#fef3c7"),
    rule(errors, "background:#fee2e2;color:#991b1b;font-weight:600"),
    rule(commented, "outline:2px solid #2563eb;outline-offset:-2px"),
    rule(changed, "box-shadow:inset 0 -3px 0 #16a34a"),
  ].join("");
  return css ? <style dangerouslySetInnerHTML={{ __html: css }} /> : null;
}
