// Cypher literals for generated scripts: strings single-quoted with every special character escaped,
// map keys back-quoted, so no value can break out of its literal.
export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cio-graph/interchange: ${value} has no Cypher literal`);
    return Number.isInteger(value) ? String(value) : value.toString();
  }
  if (typeof value === 'string')
    return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}'`;
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  if (typeof value === 'object')
    return `{${Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `\`${k.replace(/`/g, '``')}\`: ${cypherLiteral(v)}`)
      .join(', ')}}`;
  throw new Error(`cio-graph/interchange: ${typeof value} has no Cypher literal`);
}
