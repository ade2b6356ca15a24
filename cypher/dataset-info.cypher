MATCH (d:CioDataset {name: $dataset})
OPTIONAL MATCH (n:CioNode {dataset: $dataset})
RETURN d.documentsJson AS documentsJson, d.nodeCount AS nodeCount, d.edgeCount AS edgeCount, count(n) AS stored
