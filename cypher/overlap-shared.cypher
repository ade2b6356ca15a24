// Overlap, part 2: the pairs of bodies that share a topic or a person at the table, found by pattern
// matching (never by comparing every body with every other). One row per shared item and pair of
// edges, with both edges' types and sources; a person seated by two edges (member and chair) gives
// several rows. Which rows count as shared members ($chairsAreMembers) is decided by the caller.
MATCH (a:Body {dataset: $dataset})-[ea:HANDLES]->(t:CioNode)<-[eb:HANDLES]-(b:Body)
WHERE a.id < b.id AND $snapshot IN ea.validIn AND $snapshot IN eb.validIn
RETURN a.id AS a, b.id AS b, 'topic' AS via, t.id AS item, null AS itemType,
       type(ea) AS typeA, ea.ord AS ordA, ea.sourcesJson AS sourcesA,
       type(eb) AS typeB, eb.ord AS ordB, eb.sourcesJson AS sourcesB
UNION ALL
MATCH (a:Body {dataset: $dataset})<-[ea:MEMBER_OF|CHAIRS]-(m:CioNode)-[eb:MEMBER_OF|CHAIRS]->(b:Body)
WHERE a.id < b.id AND $snapshot IN ea.validIn AND $snapshot IN eb.validIn
RETURN a.id AS a, b.id AS b, 'person' AS via, m.id AS item, m.type AS itemType,
       type(ea) AS typeA, ea.ord AS ordA, ea.sourcesJson AS sourcesA,
       type(eb) AS typeB, eb.ord AS ordB, eb.sourcesJson AS sourcesB
