MATCH (d:CioDataset {name: $dataset})
OPTIONAL MATCH (n:CioNode {dataset: $dataset})
RETURN d.documentsJson AS documentsJson, d.nodeCount AS nodeCount, d.edgeCount AS edgeCount,
  coalesce(d.generation, 0) AS generation, count(n) AS stored
