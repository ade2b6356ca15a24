// Overlap, part 2: the pairs of bodies that share a topic or a member, found by pattern matching
// (never by comparing every body with every other). One row per shared item and pair of edges, with
// the sources of both sides; a member seated by two edges (member and chair) gives several rows.
MATCH (a:Body {dataset: $dataset})-[ea:HANDLES]->(t:CioNode)<-[eb:HANDLES]-(b:Body)
WHERE a.id < b.id AND $snapshot IN ea.validIn AND $snapshot IN eb.validIn
RETURN a.id AS a, b.id AS b, 'topic' AS via, t.id AS item,
       ea.ord AS ordA, ea.sourcesJson AS sourcesA, eb.ord AS ordB, eb.sourcesJson AS sourcesB
UNION ALL
MATCH (a:Body {dataset: $dataset})<-[ea:MEMBER_OF|CHAIRS]-(m:CioNode)-[eb:MEMBER_OF|CHAIRS]->(b:Body)
WHERE a.id < b.id AND $snapshot IN ea.validIn AND $snapshot IN eb.validIn
  AND ($chairsAreMembers OR (type(ea) = 'MEMBER_OF' AND type(eb) = 'MEMBER_OF'))
RETURN a.id AS a, b.id AS b, 'member' AS via, m.id AS item,
       ea.ord AS ordA, ea.sourcesJson AS sourcesA, eb.ord AS ordB, eb.sourcesJson AS sourcesB
