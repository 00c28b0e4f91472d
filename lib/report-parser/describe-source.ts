// Where something was in the source, the way a clerk looking at the original would say it.
import type { SourceRef } from "./types";

export function describeSource(source: SourceRef | null): string {
  if (!source) return "（原文中没有）";
  switch (source.kind) {
    case "line": {
      const page = source.page === undefined ? "" : `第 ${source.page} 页`;
      return source.cell === undefined
        ? `${page}第 ${source.line} 行`
        : `${page}第 ${source.line} 行第 ${source.cell} 格`;
    }
    case "paragraph":
      return `第 ${source.paragraph} 段`;
    case "table-cell":
      return `第 ${source.table} 个表格第 ${source.row} 行第 ${source.column} 列`;
  }
}
