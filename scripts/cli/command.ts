// The contract between `scripts/cli.ts` and its commands (`scripts/cli/<command>.ts`).

export interface CliCommand {
  /** Synopsis printed with usage errors, e.g. "validate [--json] FILE". */
  usage: string;
  /** Runs the command; resolves to the process exit code. Throw `UsageError` for bad arguments. */
  run(args: string[]): Promise<number>;
}

/** Bad arguments: the dispatcher prints the message and the command's usage, and exits with 2. */
export class UsageError extends Error {}
