// Degree of every node on the undirected simple projection (distinct neighbours), norms excluded.
MATCH (n:CioNode {dataset: $dataset})
WHERE NOT n:Norm
OPTIONAL MATCH (n)-[r]-(m:CioNode {dataset: $dataset})
WHERE NOT m:Norm AND m <> n AND $snapshot IN r.validIn
RETURN n.id AS id, count(DISTINCT m) AS degree
ORDER BY id
