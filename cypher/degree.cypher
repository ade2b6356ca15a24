// Degree of every node on the undirected simple projection (distinct neighbours), norms and the meta
// records (statements, recommendations) excluded, as in the centrality analysis.
MATCH (n:CioNode {dataset: $dataset})
WHERE NOT n:Norm AND NOT n:Statement AND NOT n:Recommendation
OPTIONAL MATCH (n)-[r]-(m:CioNode {dataset: $dataset})
WHERE NOT m:Norm AND NOT m:Statement AND NOT m:Recommendation AND m <> n AND $snapshot IN r.validIn
RETURN n.id AS id, count(DISTINCT m) AS degree
ORDER BY id
