/// Names made unique in order: the first of each stays, a repeat takes the next free variant
/// (`-2`, `-3`, …) — for sheet names in a workbook and fragment ids in a page.
enum UniqueNames {
    /// For each of `names`, `first(name)`, or when that is taken `variant(name, n)` for the
    /// smallest n ≥ 2 not yet taken.
    static func make(_ names: [String], first: (String) -> String, variant: (String, Int) -> String) -> [String] {
        var used: Set<String> = []
        return names.map { name in
            var candidate = first(name)
            var counter = 2
            while used.contains(candidate) {
                candidate = variant(name, counter)
                counter += 1
            }
            used.insert(candidate)
            return candidate
        }
    }
}
