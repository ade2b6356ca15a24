// Relations claimed in alternative ways: edges sharing a claim group that point at different nodes.
MATCH (a:CioNode {dataset: $dataset})-[r]->(b:CioNode)
WHERE r.claimGroup IS NOT NULL AND $snapshot IN r.validIn
WITH r.claimGroup AS grp, a.id AS subject, collect(r {.*, target: b.id, type: type(r)}) AS edges, collect(DISTINCT b.id) AS targets
WHERE size(targets) > 1
RETURN subject, grp, edges
ORDER BY subject, grp
