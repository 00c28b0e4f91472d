import pg from "pg";
import postgres from "postgres";

// Many connections sending parameterized queries of different shapes at once, each query asking
// for its own tag back: a server (or a proxy in front of one) that mixes up connections answers
// with another query's rows or binds one query's parameters to another's statement. Half the
// connections speak through node-postgres (what Prisma's adapter uses: Parse, Bind, Execute and
// Sync in one write), half through postgres.js (a Parse/Describe round trip, then Bind/Execute),
// so both ways of using the extended protocol are exercised.

export type ConcurrentQueriesResult = {
  queries: number;
  /** Answers that carried another query's tag (or none). */
  wrongAnswers: string[];
  /** Errors other than the division by zero that some queries provoke on purpose. */
  unexpectedErrors: string[];
  /** Deliberate errors answered as such (each connection keeps going after them). */
  deliberateErrors: number;
  milliseconds: number;
};

type Shape = { sql: string; params: (tag: string, n: number) => unknown[]; failing?: boolean };

const SHAPES: Shape[] = [
  { sql: "SELECT $1::text AS tag", params: (tag) => [tag] },
  { sql: "SELECT $2::int AS n, $1::text AS tag", params: (tag, n) => [tag, n] },
  {
    sql: "SELECT tag FROM (VALUES ($1::text), ($2::text), ($3::text)) AS t(tag) WHERE tag = $2",
    params: (tag) => [`${tag}-before`, tag, `${tag}-after`],
  },
  { sql: "SELECT $4::text AS tag, $1::int + $2::int + $3::int AS n", params: (tag, n) => [n, 1, 2, tag] },
  {
    sql: "SELECT string_agg(x, '') AS tag FROM unnest(ARRAY[$1::text, $2::text, $3::text, $4::text, $5::text]) AS x",
    params: (tag) => [tag.slice(0, 2), tag.slice(2, 4), tag.slice(4, 6), tag.slice(6), ""],
  },
  // A parameter larger than a TCP segment: the query reaches the server in several reads.
  { sql: "SELECT $1::text AS tag, length($2::text) AS n", params: (tag) => [tag, "年".repeat(40_000)] },
  // An error inside a query: the connection must get its error and go on, the others must not notice.
  { sql: "SELECT $1::text AS tag, 1 / $2::int AS n", params: (tag) => [tag, 0], failing: true },
];

type Connection = {
  query: (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;
  end: () => Promise<void>;
};

async function connect(url: string, index: number): Promise<Connection> {
  if (index % 2 === 0) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return { query: async (sql, params) => (await client.query(sql, params)).rows, end: () => client.end() };
  }
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  return {
    query: async (text, params) => [...(await sql.unsafe(text, params as never[]))],
    end: () => sql.end({ timeout: 5 }),
  };
}

export async function runConcurrentQueries(
  url: string,
  connections = 32,
  queriesEach = 500,
): Promise<ConcurrentQueriesResult> {
  const clients = await Promise.all(Array.from({ length: connections }, (_, index) => connect(url, index)));
  const result: ConcurrentQueriesResult = {
    queries: connections * queriesEach,
    wrongAnswers: [],
    unexpectedErrors: [],
    deliberateErrors: 0,
    milliseconds: 0,
  };
  const started = performance.now();
  try {
    await Promise.all(
      clients.map((client, c) =>
        Promise.all(
          Array.from({ length: queriesEach }, async (_, q) => {
            const tag = `c${String(c).padStart(2, "0")}q${String(q).padStart(4, "0")}`;
            // Mostly well-formed queries; one in 25 fails on purpose.
            const shape = q % 25 === 24 ? SHAPES.at(-1)! : SHAPES[(c + q) % (SHAPES.length - 1)]!;
            try {
              const rows = await client.query(shape.sql, shape.params(tag, q));
              if (shape.failing) result.unexpectedErrors.push(`${tag}: expected division by zero, got an answer`);
              else if (rows.length !== 1 || rows[0]!.tag !== tag)
                result.wrongAnswers.push(`${tag}: ${JSON.stringify(rows).slice(0, 200)}`);
            } catch (error) {
              const code = (error as { code?: string }).code;
              if (shape.failing && code === "22012") result.deliberateErrors += 1;
              else result.unexpectedErrors.push(`${tag}: ${code ?? ""} ${(error as Error).message}`);
            }
          }),
        ),
      ),
    );
  } finally {
    result.milliseconds = performance.now() - started;
    await Promise.all(clients.map((client) => client.end().catch(() => {})));
  }
  return result;
}
