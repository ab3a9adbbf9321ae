import OtborCore
import OtborHTML

/// `ranking` and `groups`: candidates in order (hurdle passed first, then by S) with S100 and
/// its 95 % interval, P(this candidate outranks the next) by the normal approximation and, for
/// small panels, by the exact bootstrap, and the not-separable group; then the runs of neighbours
/// that cannot be told apart.
struct RankingSection: HTMLComponent {
    let context: ComparisonContext

    func write(to w: inout HTMLWriter) {
        let s = context.strings, n = context.numbers
        let groups = context.ranking.notSeparableGroups
        var groupOf: [String: Int] = [:]
        for (index, group) in groups.enumerated() { for id in group { groupOf[id] = index + 1 } }
        // Columns that would be empty for every candidate are left out.
        let hasBootstrap = context.ranking.entries.contains { $0.pBootstrapOutranksNext != nil }
        let entries = Dictionary(context.ordered.map { ($0.candidate.id, $0) }, uniquingKeysWith: { first, _ in first })
        w.section("ranking", heading: s[.rankingTitle]) { w in
            w.element("table", ["class": "ranking"]) { w in
                w.headerRow([s[.rank], s[.candidate], s[.hurdle], "S100", s[.interval95], s[.pOutranksNext]]
                    + (hasBootstrap ? [s[.pBootstrap]] : []) + (groups.isEmpty ? [] : [s[.notSeparableGroup]]),
                            numeric: hasBootstrap ? [0, 3, 5, 6] : [0, 3, 5])
                w.element("tbody") { w in
                    for (index, rank) in context.ranking.entries.enumerated() {
                        guard let entry = entries[rank.candidate] else { continue }
                        w.element("tr", [
                            "data-candidate": rank.candidate, "data-rank": String(index + 1),
                            "data-p-next": rank.pOutranksNext.map { NumberFormat.plain($0, 3) },
                            "data-separable": rank.separableFromNext ? "true" : "false",
                        ]) { w in
                            w.numberCell(String(index + 1))
                            w.element("th", ["scope": "row"]) { w in context.writeName(entry, to: &w) }
                            let cell = s.hurdle(rank.hurdle)
                            w.element("td", ["class": "hurdle-status " + cell.cssClass], text: cell.text)
                            if let sValue = rank.s, let interval = rank.ci95 {
                                let value = CompositeScore.to100(sValue)
                                let low = CompositeScore.to100(interval.lowerBound), high = CompositeScore.to100(interval.upperBound)
                                let label = n.interval(low, high, 1)
                                w.numberCell(n.score100(value))
                                w.element("td", ["class": "interval-cell"]) { w in
                                    IntervalBar(value: value, low: low, high: high,
                                                label: "S100 " + n.score100(value) + ", " + s[.interval95] + " " + label, width: 100).write(to: &w)
                                    w.element("span", ["class": "interval-text"], text: label)
                                }
                            } else {
                                w.numberCell("—")
                                w.element("td", ["class": "muted"], text: s[.noScoreYet])
                            }
                            w.numberCell(rank.pOutranksNext.map { n.fixed($0, 2) + (rank.separableFromNext ? "" : " ≈") } ?? "—")
                            if hasBootstrap { w.numberCell(rank.pBootstrapOutranksNext.map { n.fixed($0, 2) } ?? "—") }
                            if !groups.isEmpty {
                                w.element("td", text: groupOf[rank.candidate].map { s[.group] + "\u{00A0}" + String($0) } ?? "")
                            }
                        }
                    }
                }
            }
            w.muted(s[.rankingExplained])
        }
        w.section("groups", heading: s[.notSeparableTitle]) { w in
            guard !groups.isEmpty else {
                w.muted(s[.allSeparable])
                return
            }
            w.element("ul", ["class": "not-separable"]) { w in
                for (index, group) in groups.enumerated() {
                    w.element("li", ["class": "group", "data-size": String(group.count)]) { w in
                        w.text(s[.group] + " " + String(index + 1) + ": ")
                        for (position, id) in group.enumerated() {
                            if position > 0 { w.text(" ≈ ") }
                            if let entry = entries[id] { w.person(entry.candidate.name) } else { w.person(id) }
                        }
                    }
                }
            }
            w.muted(s[.notSeparableExplained])
        }
    }
}
