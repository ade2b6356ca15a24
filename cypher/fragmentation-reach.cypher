// Fragmentation reach: the hops from a CIO to a CxO role along structural relationships valid in the
// snapshot (undirected, at most 8), as the shortest path. A pair out of reach returns null hops.
UNWIND $pairs AS pair
MATCH (cio:CioNode {key: pair.cio})
MATCH (role:CioNode {key: pair.role})
OPTIONAL MATCH p = shortestPath(
  (cio)-[:REPORTS_TO|HOSTED_BY|PART_OF|SERVES|DEPUTY_OF|HELD_BY_SAME_PERSON*..8]-(role)
)
WHERE cio <> role AND all(r IN relationships(p) WHERE $snapshot IN r.validIn)
RETURN pair.cio AS cio, pair.role AS role, CASE WHEN cio = role THEN 0 ELSE length(p) END AS hops
