// What a narrative text (一、五、六) or a warning's explanation may contain, checked in the
// browser as the clerk types and again by the server on every save. Pure.

export const MAX_TEXT_CHARS = 20_000;
export const MAX_EXPLANATION_CHARS = 2_000;

// An opening or closing tag (<script>, </p>, <br/>, <img src=…>) or a comment. "1<2" and "甲<乙"
// are ordinary text.
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?=[\s/>])|<!--/i;

export function containsHtmlTag(text: string): boolean {
  return HTML_TAG.test(text);
}

/** Characters other than whitespace: how the format's "篇幅原则上不超过一千字" is counted. */
export function countTextChars(text: string): number {
  let count = 0;
  for (const char of text) if (!/\s/u.test(char)) count++;
  return count;
}

/** Null when `text` may be saved, else a message naming the place ("「一、总体情况」…"). */
export function checkText(text: string, label: string, maxChars = MAX_TEXT_CHARS): string | null {
  if (text.length > maxChars)
    return `「${label}」不能超过 ${maxChars.toLocaleString("en-US")} 个字符（现有 ${text.length.toLocaleString("en-US")} 个）`;
  if (containsHtmlTag(text)) return `「${label}」正文不能包含 HTML 标签（如 <script>、<p>），请直接填写文字`;
  if (containsNul(text)) return `「${label}」${NUL_MESSAGE}`;
  return null;
}

/** PostgreSQL cannot store a NUL character in text: every free text is refused with it up front, not by a failing write. */
export function containsNul(text: string): boolean {
  return text.includes("\u0000");
}

export const NUL_MESSAGE = "含有无效字符（NUL），请删除后再保存";
