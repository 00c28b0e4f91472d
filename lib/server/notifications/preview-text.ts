const PREVIEW_LENGTH = 60;

/** The start of a comment or reply for a notification's one line; counted in characters, not UTF-16 units. */
export function previewText(body: string): string {
  const characters = Array.from(body);
  return characters.length > PREVIEW_LENGTH ? `${characters.slice(0, PREVIEW_LENGTH).join("")}…` : body;
}
