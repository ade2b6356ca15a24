// One batch of relationships of one kind. __TYPE__ is replaced by a type from the schema whitelist only.
UNWIND $rows AS row
MATCH (a:CioNode {key: row.from})
MATCH (b:CioNode {key: row.to})
MERGE (a)-[r:__TYPE__ {key: row.key}]->(b)
SET r = row.props, r.key = row.key
