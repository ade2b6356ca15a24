// Facts with claims that disagree within one snapshot: more than one distinct value.
MATCH (n:CioNode {dataset: $dataset})-[:HAS_CLAIM]->(c:CioClaim)
WHERE $snapshot IN c.validIn
WITH n, c.property AS property, collect(c {.*}) AS claims, collect(DISTINCT c.valueJson) AS values
WHERE size(values) > 1
RETURN n.id AS subject, property, claims
ORDER BY subject, property
