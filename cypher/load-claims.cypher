// One batch of claims: every property value of a node is a list of claims, kept as nodes so that Cypher
// can find contested facts. Values and sources are JSON text, so nothing is lost in the round trip.
UNWIND $rows AS row
MATCH (n:CioNode {key: row.nodeKey})
CREATE (n)-[:HAS_CLAIM]->(:CioClaim {dataset: row.dataset, property: row.property, ord: row.ord,
  valueJson: row.valueJson, validIn: row.validIn, sourcesJson: row.sourcesJson, note: row.note})
