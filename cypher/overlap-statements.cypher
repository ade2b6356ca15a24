// Overlap, part 3b: every statement with the bodies it names (concerns edges valid in the snapshot).
// A statement is n-ary: the caller pairs all of its bodies.
MATCH (s:Statement {dataset: $dataset})-[c:CONCERNS]->(b:Body)
WHERE $snapshot IN c.validIn
WITH s, collect(DISTINCT b.id) AS bodies
RETURN s.id AS id, s.type AS nature, s.sourcesJson AS sourcesJson, bodies
ORDER BY s.ord
