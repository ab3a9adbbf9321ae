import OtborCore
import Yams

/// The rules between a process's entries that share a `visit`.
extension NodeReader {
    /// Entries of one visit follow one another, and are all optional or none.
    func checkVisits(_ entries: [Node]) {
        var previous: String?
        var seen: Set<String> = []
        var optional: [String: Bool] = [:]
        for entry in entries {
            let visit = entry["visit"]?.string
            if let visit, visit != previous, seen.contains(visit) {
                error(.content(.visitApart(visit)), at: entry["visit"])
            }
            if let visit {
                seen.insert(visit)
                let isOptional = entry["optional"]?.bool ?? false
                if let earlier = optional[visit], earlier != isOptional {
                    error(.content(.visitPartlyOptional(visit)), at: entry["optional"] ?? entry["visit"])
                }
                optional[visit] = optional[visit] ?? isOptional
            }
            previous = visit
        }
    }
}
