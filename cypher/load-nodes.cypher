// One batch of nodes of one kind. __LABEL__ is replaced by a label from the schema whitelist only.
UNWIND $rows AS row
MERGE (n:CioNode {key: row.key})
SET n = row.props, n.key = row.key
SET n:__LABEL__
