// Relationships between the dataset's nodes (claims hang off CioClaim nodes and are not matched here).
MATCH (a:CioNode {dataset: $dataset})-[r]->(b:CioNode)
RETURN a.id AS source, b.id AS target, r {.*, type: type(r)} AS props
ORDER BY r.ord
