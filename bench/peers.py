#!/usr/bin/env python3
# Peers of `npm run bench`: the same undirected graph (node indices, edge list) timed with NetworkX and
# python-igraph, in the same run as cio-graph. Reads one JSON job on stdin, prints one JSON result.
# A library that is not installed is reported as missing, never faked. Times are medians of `runs`.
import json
import sys
import time


def median(xs):
    s = sorted(xs)
    return s[len(s) // 2]


def timed(fn, runs):
    out = None
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        out = fn()
        samples.append((time.perf_counter() - start) * 1000)
    return median(samples), out


def main():
    job = json.load(sys.stdin)
    n, edges, runs = job["n"], job["edges"], job.get("runs", 3)
    result = {}
    try:
        import networkx as nx

        g = nx.Graph()
        g.add_nodes_from(range(n))
        g.add_edges_from(edges)
        r = {"version": nx.__version__}
        if job.get("betweennessSources"):
            # Pure-Python Brandes: only a subset of the sources is run; the time per source is the measure.
            src = job["betweennessSources"]
            ms, values = timed(lambda: nx.betweenness_centrality_subset(g, src, list(g.nodes), normalized=False), 1)
            r["betweennessSubset"] = {"ms": ms, "sources": len(src), "values": [values[i] for i in range(n)]}
        ms, pr = timed(lambda: nx.pagerank(g, alpha=0.85, tol=1e-6), runs)
        r["pagerank"] = {"ms": ms, "values": [pr[i] for i in range(n)]}
        ms, comms = timed(lambda: nx.community.louvain_communities(g, seed=1), runs)
        r["louvain"] = {"ms": ms, "modularity": nx.community.modularity(g, comms), "communities": len(comms)}
        result["networkx"] = r
    except ImportError as error:
        result["networkx"] = {"missing": str(error)}
    try:
        import igraph as ig

        h = ig.Graph(n=n, edges=edges, directed=False)
        r = {"version": ig.__version__}
        if job.get("exactBetweenness"):
            ms, values = timed(lambda: h.betweenness(directed=False), 1)
            r["betweenness"] = {"ms": ms, "values": values}
        ms, pr = timed(lambda: h.pagerank(damping=0.85), runs)
        r["pagerank"] = {"ms": ms, "values": pr}
        ms, parts = timed(lambda: h.community_multilevel(), runs)
        r["louvain"] = {"ms": ms, "modularity": parts.modularity, "communities": len(parts)}
        result["igraph"] = r
    except ImportError as error:
        result["igraph"] = {"missing": str(error)}
    json.dump(result, sys.stdout)


main()
