// The highest load order of the dataset's nodes, claims and relationships: new ones are appended after them.
MATCH (n:CioNode {dataset: $dataset})
WITH max(n.ord) AS nodeOrd
OPTIONAL MATCH (c:CioClaim {dataset: $dataset})
WITH nodeOrd, max(c.ord) AS claimOrd
OPTIONAL MATCH (:CioNode {dataset: $dataset})-[r]->(:CioNode)
WHERE r.ord IS NOT NULL
RETURN coalesce(nodeOrd, -1) AS nodeOrd, coalesce(claimOrd, -1) AS claimOrd, coalesce(max(r.ord), -1) AS edgeOrd
