import "server-only";
import { db } from "../db";

/** The given agencies and every agency below them in the hierarchy (one recursive query). */
export async function listAgencySubtree(rootIds: string[]): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    agencySubtreeSql("SELECT id FROM agency WHERE id = ANY($1::text[])"),
    rootIds,
  );
  return rows.map((row) => row.id);
}

/** The ids (`id`) of the agencies `roots` selects (a query giving `id`) and of every agency below them. */
export function agencySubtreeSql(roots: string): string {
  return `WITH RECURSIVE subtree AS (
      ${roots}
      UNION
      SELECT child.id FROM agency child JOIN subtree ON child.parent_id = subtree.id
    )
    SELECT id FROM subtree`;
}
