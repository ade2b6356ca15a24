// Schema of the cio-graph store. Every node carries `key` = "<dataset>|<id>", unique, so several
// datasets (and isolated test data) live side by side in one database.
CREATE CONSTRAINT cio_node_key IF NOT EXISTS FOR (n:CioNode) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT cio_dataset_name IF NOT EXISTS FOR (d:CioDataset) REQUIRE d.name IS UNIQUE;
CREATE INDEX cio_node_dataset IF NOT EXISTS FOR (n:CioNode) ON (n.dataset);
CREATE INDEX cio_claim_dataset IF NOT EXISTS FOR (c:CioClaim) ON (c.dataset);
// A new index starts POPULATING and the planner ignores it until it is ONLINE: wait, so that the
// first load's statements (the index seek of delete-other-generations among them) can use it.
CALL db.awaitIndexes(300);
