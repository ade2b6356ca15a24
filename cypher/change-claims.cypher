// Writes the claims of changed nodes, with what a workspace change adds: when a claim was superseded and by which change.
UNWIND $rows AS row
MATCH (n:CioNode {key: row.nodeKey})
CREATE (n)-[:HAS_CLAIM]->(:CioClaim {dataset: row.dataset, property: row.property, ord: row.ord,
  valueJson: row.valueJson, validIn: row.validIn, sourcesJson: row.sourcesJson, note: row.note,
  until: row.until, supersededBy: row.supersededBy})
