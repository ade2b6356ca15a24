// Rewrites the properties of nodes a change altered, keeping their load order (ids and kinds never change).
UNWIND $rows AS row
MATCH (n:CioNode {key: row.key})
WITH n, row, n.ord AS ord
SET n = row.props, n.key = row.key, n.ord = ord
