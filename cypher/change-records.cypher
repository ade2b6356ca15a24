// The change log of a dataset in version order: only up to the dataset's head (a reload resets it).
MATCH (d:CioDataset {name: $dataset})
MATCH (c:CioChange {dataset: $dataset})
WHERE c.version <= coalesce(d.changeVersion, 0)
RETURN c.recordJson AS recordJson
ORDER BY c.version
