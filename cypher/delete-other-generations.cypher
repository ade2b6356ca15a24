// The last write of a --replace load: deletes every generation of the dataset but the one just
// written (its nodes, their claims and relationships), in the load's transaction. It runs after the
// creates on purpose: in a transaction that has deleted nodes, Neo4j 5 makes every later index write
// and seek slow (about 10x; see RowBuilder in rows.ts). Claims only ever hang off their node. Neo4j
// plans an Eager under every DETACH DELETE (the one Eager the load-plans test allows, here only).
MATCH (n:CioNode {dataset: $dataset})
WHERE NOT n.key STARTS WITH $keep
OPTIONAL MATCH (n)-[:HAS_CLAIM]->(c:CioClaim)
DETACH DELETE n, c
