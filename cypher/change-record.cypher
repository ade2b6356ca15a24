// Closes a workspace commit: the change record, the dataset's documents and its new head version.
MATCH (d:CioDataset {name: $dataset})
OPTIONAL MATCH (old:CioChange {dataset: $dataset}) WHERE old.version >= $version
DETACH DELETE old
WITH DISTINCT d
CREATE (:CioChange {key: $key, dataset: $dataset, version: $version, recordJson: $recordJson,
  fingerprint: $fingerprint, author: $author, at: $at})
SET d.changeVersion = $version, d.documentsJson = $documentsJson
