// One batch of relationships of one kind, created between nodes found by their unique key (two index
// seeks per row; MERGE of the relationship needed an Expand(Into) and an Eager). Edge ids are unique
// per dataset (the validator checks it), so CREATE cannot duplicate. The properties are named in the
// CREATE: `SET r = row.props` makes the planner add an Eager (it cannot tell which properties a map
// sets); a missing row field is null, and CREATE stores no null property. The bulk load and a
// workspace change both run this statement with rows from src/store/neo4j/rows.ts.
// __TYPE__ is replaced by a type from the schema whitelist only; __PROPERTIES__ by the map
// `{key: row.key, dataset: row.dataset, …}` of rows.ts's EDGE_PROPERTIES, so rows and statement agree.
UNWIND $rows AS row
MATCH (a:CioNode {key: row.from})
MATCH (b:CioNode {key: row.to})
CREATE (a)-[:__TYPE__ __PROPERTIES__]->(b)
