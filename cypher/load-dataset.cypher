// The dataset record, written last in the load's transaction: its presence means the load completed,
// and `generation` names the generation whose keys are in use (see RowBuilder in rows.ts). A load
// starts the change log afresh (a --replace used to delete and recreate this record).
MERGE (d:CioDataset {name: $dataset})
SET d.documentsJson = $documentsJson, d.nodeCount = $nodeCount, d.edgeCount = $edgeCount,
  d.generation = $generation, d.loadedAt = datetime()
REMOVE d.changeVersion, d.changeLock
