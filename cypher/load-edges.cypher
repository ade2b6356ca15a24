// One batch of relationships of one kind, created between nodes found by their unique key (two index
// seeks per row; MERGE of the relationship needed an Expand(Into) and an Eager). Edge ids are unique
// per dataset (the validator checks it), so CREATE cannot duplicate. The properties are named in the
// CREATE: `SET r = row.props` makes the planner add an Eager (it cannot tell which properties a map
// sets); a missing row field is null, and CREATE stores no null property.
// __TYPE__ is replaced by a type from the schema whitelist only.
UNWIND $rows AS row
MATCH (a:CioNode {key: row.from})
MATCH (b:CioNode {key: row.to})
CREATE (a)-[:__TYPE__ {key: row.key, dataset: row.dataset, id: row.id, ord: row.ord,
  sourcesJson: row.sourcesJson, validIn: row.validIn, claimGroup: row.claimGroup, vote: row.vote,
  seat: row.seat, nature: row.nature, note: row.note}]->(b)
