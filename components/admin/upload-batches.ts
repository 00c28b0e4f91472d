/** Files in batches that each fit one server-action request (Next accepts 1 MB per request by default). */
export function splitIntoBatches(files: File[], limit: number): File[][] {
  const groups: File[][] = [];
  let size = Infinity;
  for (const file of files) {
    if (size + file.size > limit) {
      groups.push([]);
      size = 0;
    }
    groups.at(-1)!.push(file);
    size += file.size;
  }
  return groups;
}
