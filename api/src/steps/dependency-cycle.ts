/**
 * Would making `stepId` depend on `dependsOn` close a loop? `edges` maps each step of the plan to
 * the steps it depends on today. Returns the first dependency that leads back to `stepId`.
 */
export function findCycle(stepId: string, dependsOn: string[], edges: Map<string, string[]>): string | null {
  for (const start of dependsOn) {
    const seen = new Set<string>();
    const stack = [start];
    while (stack.length > 0) {
      const current = stack.pop()!;
      if (current === stepId) return start;
      if (seen.has(current)) continue;
      seen.add(current);
      stack.push(...(edges.get(current) ?? []));
    }
  }
  return null;
}
