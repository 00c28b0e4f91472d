import type { ReactNode } from "react";

// The public pages are plain HTML: no React or Next.js runtime is sent to the browser (see
// docs/decisions/003-public-pages-plain-html.md: the App Router's client runtime alone is ~130 KB gzipped). Their
// components are server-only functions without hooks or context, so rendering them is a walk
// of the element tree. React escapes text in the staff pages; here `escapeText` and
// `escapeAttribute` do, and `dangerouslySetInnerHTML` is refused outright.

const ELEMENT_TYPES = new Set([Symbol.for("react.transitional.element"), Symbol.for("react.element")]);
const FRAGMENT = Symbol.for("react.fragment");
const VOID_ELEMENTS = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);
const SKIPPED_PROPS = new Set(["children", "key", "ref"]);

// React prop names that are not the attribute name lower-cased.
const ATTRIBUTE_NAMES: Record<string, string> = {
  className: "class",
  htmlFor: "for",
  httpEquiv: "http-equiv",
  acceptCharset: "accept-charset",
  charSet: "charset",
  defaultValue: "value",
  defaultChecked: "checked",
  // SVG presentation attributes are kebab-case; viewBox and preserveAspectRatio keep their case.
  viewBox: "viewBox",
  preserveAspectRatio: "preserveAspectRatio",
  strokeWidth: "stroke-width",
  strokeDasharray: "stroke-dasharray",
  strokeLinecap: "stroke-linecap",
  strokeLinejoin: "stroke-linejoin",
  fillOpacity: "fill-opacity",
  textAnchor: "text-anchor",
  dominantBaseline: "dominant-baseline",
  fontSize: "font-size",
  fontWeight: "font-weight",
  fontFamily: "font-family",
  shapeRendering: "shape-rendering",
};

type ElementLike = { $$typeof: symbol; type: unknown; props: Record<string, unknown> };

export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (char) => (char === "&" ? "&amp;" : char === "<" ? "&lt;" : "&gt;"));
}

export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"]/g, (char) =>
    char === "&" ? "&amp;" : char === "<" ? "&lt;" : char === ">" ? "&gt;" : "&quot;",
  );
}

function isElement(node: unknown): node is ElementLike {
  return typeof node === "object" && node !== null && ELEMENT_TYPES.has((node as ElementLike).$$typeof);
}

function attributeName(prop: string): string {
  if (prop.startsWith("aria-") || prop.startsWith("data-")) return prop;
  return ATTRIBUTE_NAMES[prop] ?? prop.toLowerCase();
}

function styleText(style: Record<string, unknown>): string {
  return Object.entries(style)
    .filter(([, value]) => value !== null && value !== undefined && value !== "")
    .map(([key, value]) => `${key.replace(/[A-Z]/g, (char) => `-${char.toLowerCase()}`)}:${String(value)}`)
    .join(";");
}

function renderAttributes(tag: string, props: Record<string, unknown>): string {
  let html = "";
  for (const [prop, value] of Object.entries(props)) {
    if (SKIPPED_PROPS.has(prop) || value === null || value === undefined || value === false) continue;
    if (prop === "dangerouslySetInnerHTML")
      throw new Error(`<${tag}>: dangerouslySetInnerHTML is not allowed on public pages`);
    if (typeof value === "function")
      throw new Error(`<${tag} ${prop}>: event handlers need client JavaScript, public pages have none`);
    const name = attributeName(prop);
    if (value === true) {
      html += ` ${name}`;
      continue;
    }
    const text =
      prop === "style" && typeof value === "object" ? styleText(value as Record<string, unknown>) : String(value);
    html += ` ${name}="${escapeAttribute(text)}"`;
  }
  return html;
}

/** Raw text of a <style> element: only constant CSS from our own modules, never data. */
function renderRawText(tag: string, children: unknown): string {
  const text = Array.isArray(children) ? children.join("") : String(children ?? "");
  if (text.toLowerCase().includes(`</${tag}`)) throw new Error(`<${tag}> content may not close the element`);
  return text;
}

/** Renders a tree of server components and HTML elements to an HTML string. */
export async function renderToHtml(node: ReactNode | Promise<ReactNode>): Promise<string> {
  const resolved: unknown = await node;
  if (resolved === null || resolved === undefined || typeof resolved === "boolean") return "";
  if (typeof resolved === "string") return escapeText(resolved);
  if (typeof resolved === "number" || typeof resolved === "bigint") return String(resolved);
  if (Array.isArray(resolved)) {
    const parts = await Promise.all(resolved.map((child) => renderToHtml(child as ReactNode)));
    return parts.join("");
  }
  if (!isElement(resolved)) throw new Error(`Cannot render ${Object.prototype.toString.call(resolved)} as HTML`);
  const { type, props } = resolved;
  if (type === FRAGMENT) return renderToHtml(props.children as ReactNode);
  if (typeof type === "function")
    return renderToHtml((type as (props: unknown) => ReactNode | Promise<ReactNode>)(props));
  if (typeof type !== "string")
    throw new Error("Only server components and HTML elements can be rendered on public pages");
  const open = `<${type}${renderAttributes(type, props)}>`;
  if (VOID_ELEMENTS.has(type)) return open;
  const inner =
    type === "style" ? renderRawText(type, props.children) : await renderToHtml(props.children as ReactNode);
  return `${open}${inner}</${type}>`;
}
