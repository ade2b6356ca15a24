// The dataset record, written last in the load transaction: its presence means the load completed.
MERGE (d:CioDataset {name: $dataset})
SET d.documentsJson = $documentsJson, d.nodeCount = $nodeCount, d.edgeCount = $edgeCount, d.loadedAt = datetime()
