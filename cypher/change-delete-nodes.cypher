// Deletes the nodes a change removed, with their claims and relationships.
UNWIND $keys AS key
MATCH (n:CioNode {key: key})
OPTIONAL MATCH (n)-[:HAS_CLAIM]->(c:CioClaim)
WITH n, collect(c) AS claims
FOREACH (c IN claims | DETACH DELETE c)
DETACH DELETE n
