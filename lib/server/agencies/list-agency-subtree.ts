import "server-only";
import { db } from "../db";

/** The given agencies and every agency below them in the hierarchy (one recursive query). */
export async function listAgencySubtree(rootIds: string[]): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE subtree AS (
      SELECT id FROM agency WHERE id = ANY(${rootIds}::text[])
      UNION
      SELECT child.id FROM agency child JOIN subtree ON child.parent_id = subtree.id
    )
    SELECT id FROM subtree`;
  return rows.map((row) => row.id);
}
