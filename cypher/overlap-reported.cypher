// Overlap, part 3: the overlaps between bodies that the report itself states, in load order.
MATCH (x:Body {dataset: $dataset})-[r:REPORTED_OVERLAP]->(y:Body)
WHERE $snapshot IN r.validIn
RETURN x.id AS source, y.id AS target, r.nature AS nature, r.sourcesJson AS sourcesJson
ORDER BY r.ord
