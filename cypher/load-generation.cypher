// Opens a load. The MERGE and SET take the dataset record's write lock, so a concurrent load of the
// same dataset waits here until this one ends (and then finds its nodes: it needs --replace). Returns
// how many nodes the dataset has and the generation its keys are in (0 for datasets loaded before
// generations existed; see RowBuilder in rows.ts).
MERGE (d:CioDataset {name: $dataset})
SET d.loadStartedAt = datetime()
WITH d
OPTIONAL MATCH (n:CioNode {dataset: $dataset})
RETURN coalesce(d.generation, 0) AS generation, count(n) AS nodes
