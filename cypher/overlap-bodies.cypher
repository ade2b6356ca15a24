// Overlap, part 1: every body with its level, ministries, the size of its agenda (distinct topics), of
// its members (chairs count only when $chairsAreMembers: the Jaccard term) and of its people at the
// table (members and chairs), of whom departmental CIOs.
MATCH (b:Body {dataset: $dataset})
CALL (b) {
  OPTIONAL MATCH (b)-[h:HANDLES]->(t:CioNode)
  WHERE $snapshot IN h.validIn
  RETURN count(DISTINCT t) AS topics
}
CALL (b) {
  OPTIONAL MATCH (m:CioNode)-[r:MEMBER_OF|CHAIRS]->(b)
  WHERE $snapshot IN r.validIn
  RETURN count(DISTINCT CASE WHEN type(r) = 'MEMBER_OF' OR $chairsAreMembers THEN m END) AS members,
         count(DISTINCT m) AS seats,
         count(DISTINCT CASE WHEN m.type = 'departmental_cio' THEN m END) AS cioSeats
}
RETURN b.id AS id, b.level AS level, coalesce(b.ministries, []) AS ministries, topics, members, seats, cioSeats
ORDER BY b.ord
