// Overlap, part 4: per role of the chosen types, the bodies it sits in (member or chair), the topics of
// each and the claims of its meetingFrequency, for meeting load and the topics a CIO meets twice.
MATCH (r:Role {dataset: $dataset})
WHERE r.type IN $roleTypes
OPTIONAL MATCH (r)-[e:MEMBER_OF|CHAIRS]->(b:Body)
WHERE $snapshot IN e.validIn
WITH r, b, min(e.ord) AS firstSeat
ORDER BY r.ord, firstSeat
WITH r, collect(CASE WHEN b IS NULL THEN NULL ELSE {
  id: b.id,
  topics: [(b)-[h:HANDLES]->(t:CioNode) WHERE $snapshot IN h.validIn | t.id],
  frequency: [(b)-[:HAS_CLAIM]->(c:CioClaim) WHERE c.property = 'meetingFrequency' | c {.*}]
} END) AS bodies
RETURN r.id AS role, bodies
ORDER BY r.ord
