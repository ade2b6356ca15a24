// Opens a workspace commit: setting a property takes the dataset's write lock first, so the head version
// read after it is the committed one and a concurrent commit waits here until this one ends.
MATCH (d:CioDataset {name: $dataset})
SET d.changeLock = $version
RETURN coalesce(d.changeVersion, 0) AS head, d.documentsJson AS documentsJson,
  coalesce(d.generation, 0) AS generation
