// The report checks live in lib/server/reports; the import modules still reach them by this path.
export { refreshReportChecks } from "../reports/refresh-report-checks";
