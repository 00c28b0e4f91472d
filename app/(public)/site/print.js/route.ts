// The public pages' only script: it shows the report page's print button and prints on a click.
// Without it (scripts off) the button stays hidden and the browser's own print still gives the
// print layout (public-styles.ts, @media print).

const SCRIPT = `document.querySelectorAll("[data-print]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
`;

export const dynamic = "force-static";

export function GET(): Response {
  return new Response(SCRIPT, {
    headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
