// Overlap, part 1: every body with its level, ministries and the sizes of its agenda (distinct topics)
// and its seats (distinct members; chairs count as members only when $chairsAreMembers).
MATCH (b:Body {dataset: $dataset})
CALL (b) {
  OPTIONAL MATCH (b)-[h:HANDLES]->(t:CioNode)
  WHERE $snapshot IN h.validIn
  RETURN count(DISTINCT t) AS topics
}
CALL (b) {
  OPTIONAL MATCH (m:CioNode)-[r:MEMBER_OF|CHAIRS]->(b)
  WHERE $snapshot IN r.validIn AND (type(r) = 'MEMBER_OF' OR $chairsAreMembers)
  RETURN count(DISTINCT m) AS members
}
RETURN b.id AS id, b.level AS level, coalesce(b.ministries, []) AS ministries, topics, members
ORDER BY b.ord
