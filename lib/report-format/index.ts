// The domain of the report formats: declarations, cells, input parsing, totals, the rule engine
// and the interchange schema. Pure TypeScript: runs in the browser, the server and the CLI.
export * from "./types";
export {
  FORMAT_KEYS,
  UnknownFormatError,
  deriveFromFormats,
  describeFormatYears,
  formatForYear,
  getFormat,
  getFormatYears,
  isFormatKey,
  listFormatKeys,
  listFormats,
  parseFormatKey,
  registerFormat,
} from "./format-registry";
export {
  countLeafColumns,
  countLeafRows,
  depthOfColumns,
  depthOfRows,
  findRowNode,
  listColumnHeaderRows,
  listSideBySideBandRows,
  type ColumnHeaderCell,
  isColumnBand,
  isRowGroup,
  listLeafColumns,
  listLeafRows,
  listRowKeysUnder,
  type LeafRow,
} from "./declaration-tree";
export {
  layoutTableGrid,
  printGridCell,
  readGridValue,
  type GridCell,
  type GridRole,
  type TableGrid,
} from "./table-grid";
export { formatAmount, formatCellValue } from "./format-cell-value";
export {
  getFormatOutline,
  listTables,
  listTextSections,
  sectionOfTable,
  type FormatOutline,
  type TextSection,
} from "./format-outline";
export { listTotalInputs } from "./totals-graph";
export { getKeyFiguresOutline, type KeyFigure, type KeyFiguresOutline } from "./key-figures";
export {
  fromCells,
  getCellDefinition,
  labelCell,
  listCellDefinitions,
  listCellKeys,
  tableValue,
  tablesOf,
  toCells,
} from "./cells";
export { parseCellInput, type CellInputResult } from "./parse-cell-input";
export { computeTotals } from "./compute-totals";
export { validateReport, type ValidateReportOptions } from "./validate-report";
export { RULES, type RuleDescription } from "./rule-catalogue";
export {
  getReportSchema,
  parseReport,
  parseReportJson,
  type ParseReportResult,
  type ReportIssue,
} from "./report-schema";
export { buildReportJsonSchema } from "./json-schema";
export { emptyReport } from "./empty-report";
export { INVALID_UTF8_MESSAGE, decodeReportFile, type DecodedFile } from "./decode-report-file";
export { listUnexplainedWarnings, warningKey, type WarningExplanations } from "./warning-key";
