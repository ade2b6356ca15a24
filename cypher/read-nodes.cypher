// The dataset's nodes in load order, each with its claims in load order.
MATCH (n:CioNode {dataset: $dataset})
OPTIONAL MATCH (n)-[:HAS_CLAIM]->(c:CioClaim)
WITH n, c ORDER BY c.ord
WITH n, collect(c {.*}) AS claims
RETURN n {.*} AS node, claims
ORDER BY n.ord
