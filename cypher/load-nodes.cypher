// One batch of nodes of one kind. The load writes into a dataset that has no nodes (a --replace deletes
// the old version first, in the same transaction), so CREATE under the uniqueness constraint on `key`
// replaces MERGE: no lookup per row, and no Eager operator in the plan (MERGE followed by a SET that
// rewrites the merge key needs one; a test EXPLAINs every load statement). `row.props` carries `key`.
// __LABEL__ is replaced by a label from the schema whitelist only.
UNWIND $rows AS row
CREATE (n:CioNode:__LABEL__)
SET n = row.props
