// Overlap, part 4: per role of the chosen types, the bodies it sits in (member or chair) and the
// topics of each, for the topics a CIO meets in more than one body.
MATCH (r:Role {dataset: $dataset})
WHERE r.type IN $roleTypes
OPTIONAL MATCH (r)-[e:MEMBER_OF|CHAIRS]->(b:CioNode)
WHERE $snapshot IN e.validIn
WITH r, b, min(e.ord) AS firstSeat
ORDER BY r.ord, firstSeat
WITH r, collect(CASE WHEN b IS NULL THEN NULL ELSE {
  id: b.id,
  topics: [(b)-[h:HANDLES]->(t:CioNode) WHERE $snapshot IN h.validIn | t.id]
} END) AS bodies
RETURN r.id AS role, bodies
ORDER BY r.ord
