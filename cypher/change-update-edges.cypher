// Rewrites the properties of relationships a change altered, keeping their load order.
UNWIND $rows AS row
MATCH (:CioNode {key: row.from})-[r:__TYPE__ {key: row.key}]->()
WITH r, row, r.ord AS ord
SET r = row.props, r.key = row.key, r.ord = ord
