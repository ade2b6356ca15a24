// One batch of nodes of one kind, each with its claims. The load writes a new generation of keys
// (see RowBuilder in rows.ts), so CREATE under the uniqueness constraint on `key` replaces MERGE: no
// lookup per row, and no Eager operator in the plan (a test EXPLAINs every load statement). The
// properties are named in the CREATE: `SET n = row.props` would make the planner add an Eager before
// the claims (it cannot tell which properties a map sets); a missing field is null, and CREATE stores
// no null property. The claims are created from the node just made (`row.claims`, the rows of
// rows.ts's claimRows), so they need no key seek and no statement of their own; a row without claims
// (the change writer's, which writes claims with load-claims.cypher) unwinds nothing after its node.
// __LABEL__ is replaced by a label from the schema whitelist only; __NODE_PROPERTIES__ and
// __CLAIM_PROPERTIES__ by the maps `{key: row.props.key, …}` and `{dataset: claim.dataset, …}` of
// rows.ts's NODE_PROPERTIES and CLAIM_PROPERTIES, so rows and statement agree.
UNWIND $rows AS row
CREATE (n:CioNode:__LABEL__ __NODE_PROPERTIES__)
WITH n, row
UNWIND row.claims AS claim
CREATE (n)-[:HAS_CLAIM]->(:CioClaim __CLAIM_PROPERTIES__)
