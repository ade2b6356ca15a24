// One batch of claims: every property value of a node is a list of claims, kept as nodes so that Cypher
// can find contested facts. Values and sources are JSON text, so nothing is lost in the round trip.
// The bulk load and a workspace change (which adds when a claim was superseded and by which change)
// both run this statement with rows from src/store/neo4j/rows.ts. __PROPERTIES__ is replaced by the
// map of rows.ts's CLAIM_PROPERTIES.
UNWIND $rows AS row
MATCH (n:CioNode {key: row.nodeKey})
CREATE (n)-[:HAS_CLAIM]->(:CioClaim __PROPERTIES__)
