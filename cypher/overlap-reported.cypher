// Overlap, part 3: the overlaps between two bodies that a reported_overlap edge states, in load order
// (each is a two-body statement; its id is the edge's).
MATCH (x:Body {dataset: $dataset})-[r:REPORTED_OVERLAP]->(y:Body)
WHERE $snapshot IN r.validIn
RETURN r.id AS id, x.id AS source, y.id AS target, r.nature AS nature, r.sourcesJson AS sourcesJson
ORDER BY r.ord
