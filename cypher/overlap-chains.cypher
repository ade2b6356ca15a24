// Overlap, part 3c: pairs of bodies joined directly by a relation of the stelsel's chain ($chainTypes:
// prepares_for, advises, decides_for as relationship types), either direction.
MATCH (a:Body {dataset: $dataset})-[r]->(b:Body)
WHERE type(r) IN $chainTypes AND $snapshot IN r.validIn AND a <> b
RETURN DISTINCT a.id AS a, b.id AS b, type(r) AS type
