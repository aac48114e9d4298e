/**
 * Versions as migration tools write them (`0001`, `20240101120000`, Flyway's `1.1` or `1_1`),
 * compared part by part as whole numbers: `2` before `10`, `1.1` before `1.10`, and `1.0` equal
 * to `1` (Flyway's rule; a trailing zero part adds nothing).
 */
export type VersionOrder = readonly bigint[];

/** `1.1`, `1_1`, `0001` → its numeric parts; null when it is not digits separated by `.` or `_`. */
export function parseVersion(text: string): VersionOrder | null {
  if (!/^\d+(?:[._]\d+)*$/.test(text)) return null;
  const parts = text.split(/[._]/).map((p) => BigInt(p));
  while (parts.length > 1 && parts[parts.length - 1] === 0n) parts.pop();
  return parts;
}

export function compareVersions(a: VersionOrder, b: VersionOrder): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0n;
    const y = b[i] ?? 0n;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
