import CGraphviz

/// The one change made to a graph before it is drawn again after Graphviz crashed on it.
///
/// Graphviz 2.43's `dot` asserts in `class2.c` `merge_chain` (`ED_to_virt(e) == NULL`) and aborts
/// on parallel edges that do not constrain the ranks (`constraint=false`) next to clusters; with
/// one such edge per pair the layout goes through. The guard keeps the first of those parallel
/// edges and removes the others (they draw over each other anyway).
enum ParallelEdgeGuard {
    /// Removes the second and later `constraint=false` edges from one node to another.
    ///
    /// Called only under the engine's lock, on a graph it owns.
    /// - Returns: How many edges were removed.
    static func mergeUnrankedParallelEdges(in graph: UnsafeMutablePointer<Agraph_t>) -> Int {
        var duplicates: [UnsafeMutablePointer<Agedge_t>] = []
        var node = agfstnode(graph)
        while let tail = node {
            var heads: Set<UnsafeMutablePointer<Agnode_t>> = []
            var edge = agfstout(graph, tail)
            while let e = edge {
                if !constrainsRanks(e), let head = cgraph_head(e), !heads.insert(head).inserted {
                    duplicates.append(e)
                }
                edge = agnxtout(graph, e)
            }
            node = agnxtnode(graph, tail)
        }
        for e in duplicates { agdeledge(graph, e) }
        return duplicates.count
    }

    /// Whether an edge takes part in ranking: its `constraint` attribute is unset or true, as
    /// Graphviz's `mapbool` reads it (`false`, `no` and `0` are false).
    static func constrainsRanks(_ e: UnsafeMutablePointer<Agedge_t>) -> Bool {
        let value = "constraint".withCString { name in
            agget(UnsafeMutableRawPointer(e), UnsafeMutablePointer(mutating: name)).map { String(cString: $0) }
        }
        guard let value = value?.lowercased(), !value.isEmpty else { return true }
        if value == "false" || value == "no" { return false }
        if value == "true" || value == "yes" { return true }
        return (Int(value.prefix { $0.isNumber }) ?? 0) != 0
    }
}
