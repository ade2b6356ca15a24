// Removes the claims of nodes whose facts a change altered; they are written again in order.
UNWIND $keys AS key
MATCH (:CioNode {key: key})-[:HAS_CLAIM]->(c:CioClaim)
DETACH DELETE c
