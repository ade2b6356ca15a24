// Deletes one batch of a dataset's nodes and claims; run until it returns 0.
CALL {
  MATCH (c:CioClaim {dataset: $dataset}) WITH c LIMIT $batch DETACH DELETE c RETURN count(*) AS claims
}
CALL {
  MATCH (n:CioNode {dataset: $dataset}) WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS nodes
}
OPTIONAL MATCH (d:CioDataset {name: $dataset})
FOREACH (x IN CASE WHEN claims + nodes = 0 THEN [d] ELSE [] END | DELETE x)
RETURN claims + nodes AS deleted
