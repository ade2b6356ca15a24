// Deletes the relationships a change removed. __TYPE__ is replaced by a type from the schema whitelist only.
UNWIND $rows AS row
MATCH (:CioNode {key: row.from})-[r:__TYPE__ {key: row.key}]->()
DELETE r
