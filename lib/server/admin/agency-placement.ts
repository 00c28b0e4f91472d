// Agency placement lives in lib/server/agencies; the agency import still reaches it by this path.
export { checkAgencyPlacement } from "../agencies/agency-placement";
