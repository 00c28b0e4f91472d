// Where a text stops being JSON, in words a clerk can act on. JSON.parse's own messages differ
// between engines and often omit the position, so the text is scanned again by this small
// recursive-descent recogniser (only after JSON.parse has failed).

export interface JsonErrorLocation {
  offset: number;
  line: number;
  column: number;
  /** "文件意外结束" or "意外的字符 “}”". */
  problem: string;
}

class JsonSyntaxError extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at ${offset}`);
  }
}

function scan(text: string): void {
  let pos = 0;
  const fail = (): never => {
    throw new JsonSyntaxError(pos);
  };
  const skipSpace = () => {
    while (pos < text.length && " \t\n\r".includes(text.charAt(pos))) pos++;
  };
  const expect = (literal: string) => {
    for (const char of literal) {
      if (text.charAt(pos) !== char) fail();
      pos++;
    }
  };
  const digits = (atLeastOne: boolean) => {
    const start = pos;
    while (text.charAt(pos) >= "0" && text.charAt(pos) <= "9") pos++;
    if (atLeastOne && pos === start) fail();
  };
  const scanString = () => {
    pos++;
    for (;;) {
      if (pos >= text.length) fail();
      const char = text.charAt(pos);
      if (char === '"') {
        pos++;
        return;
      }
      if (char < " ") fail();
      if (char === "\\") {
        pos++;
        const escape = text.charAt(pos);
        if (escape === "u") {
          for (let i = 0; i < 4; i++) {
            pos++;
            if (!/[0-9a-fA-F]/.test(text.charAt(pos))) fail();
          }
        } else if (!'"\\/bfnrt'.includes(escape) || escape === "") fail();
      }
      pos++;
    }
  };
  const scanNumber = () => {
    if (text.charAt(pos) === "-") pos++;
    if (text.charAt(pos) === "0") pos++;
    else digits(true);
    if (text.charAt(pos) === ".") {
      pos++;
      digits(true);
    }
    if (text.charAt(pos) === "e" || text.charAt(pos) === "E") {
      pos++;
      if (text.charAt(pos) === "+" || text.charAt(pos) === "-") pos++;
      digits(true);
    }
  };
  const scanValue = (): void => {
    skipSpace();
    const char = text.charAt(pos);
    if (char === "{" || char === "[") {
      const close = char === "{" ? "}" : "]";
      pos++;
      skipSpace();
      if (text.charAt(pos) === close) {
        pos++;
        return;
      }
      for (;;) {
        if (close === "}") {
          skipSpace();
          if (text.charAt(pos) !== '"') fail();
          scanString();
          skipSpace();
          expect(":");
        }
        scanValue();
        skipSpace();
        if (text.charAt(pos) === close) {
          pos++;
          return;
        }
        expect(",");
      }
    }
    if (char === '"') return scanString();
    if (char === "-" || (char >= "0" && char <= "9")) return scanNumber();
    if (char === "t") return expect("true");
    if (char === "f") return expect("false");
    if (char === "n") return expect("null");
    fail();
  };
  scanValue();
  skipSpace();
  if (pos < text.length) fail();
}

/** The first syntax error of `text`, or null when it is valid JSON. */
export function locateJsonError(text: string): JsonErrorLocation | null {
  try {
    scan(text);
    return null;
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const { offset } = error;
    const before = text.slice(0, offset);
    const line = before.split("\n").length;
    const column = offset - before.lastIndexOf("\n");
    const found = text.codePointAt(offset);
    const problem = found === undefined ? "文件意外结束" : `意外的字符 “${String.fromCodePoint(found)}”`;
    return { offset, line, column, problem };
  }
}
