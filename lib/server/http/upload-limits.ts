import { MAX_FILE_BYTES } from "../../report-parser/file-limits";

// The report-file upload routes take one published report per request: up to the largest file the
// parser reads, plus its form fields. The front door lets their paths through with this limit (and
// every other request with 1 MB); the routes read the body within it. No "server-only": the
// production server (plain Node) imports it.

export const MAX_UPLOAD_REQUEST_BYTES = MAX_FILE_BYTES + 512 * 1024;
export const UPLOAD_PATH_PREFIX = "/api/admin/imports/";
