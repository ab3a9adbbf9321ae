import OtborCore

/// A table cell showing a score against a required level in a way that survives greyscale
/// printing: the number, a symbol (▼ below, ● at, ▲ above), and a class (`cell below|at|above`)
/// that adds colour plus a hatch for below-level cells. A missing score is `cell none` with `—`.
struct LevelCell: Sendable {
    /// Where a score stands against its level: Core's rule, the one the hurdle, the gaps and the
    /// strengths use (at within ``RatingScale/tolerance``). The number is shown to two decimals,
    /// so 3.999 reads "4.00 ▼": it is below the level, and fails a level-4 hurdle.
    typealias Standing = RequirementStanding

    var value: Double?
    var required: Int
    var numbers: NumberFormat
    var strings: ReportStrings
    /// Extra marks after the symbol (disagreement, consensus).
    var marks: [(symbol: String, className: StaticString, title: String)] = []
    /// Tooltip of the cell.
    var title: String?

    func write(to w: inout HTMLWriter) {
        guard let value else {
            w.element("td", ["class": "cell none", "title": title ?? strings[.notAssessed]], text: "—")
            return
        }
        let standing = Standing(value: value, level: required)
        let className: String
        switch standing {
        case .below: className = "cell below"
        case .at: className = "cell at"
        case .above: className = "cell above"
        }
        w.element("td", ["class": className, "data-value": NumberFormat.plain(value), "title": title]) { w in
            w.text(numbers.fixed(value, 2))
            w.element("span", ["class": "sym", "title": strings.standing(standing)], text: standing.symbol)
            for mark in marks {
                w.element("span", ["class": mark.className.description, "title": mark.title], text: mark.symbol)
            }
        }
    }

    /// The legend of the symbols, as a paragraph.
    static func legend(strings s: ReportStrings, withMarks: Bool, to w: inout HTMLWriter) {
        w.element("p", ["class": "legend"]) { w in
            for standing in [Standing.below, .at, .above] {
                w.element("span", text: standing.symbol + " " + s.standing(standing))
            }
            if withMarks {
                w.element("span", text: "⚑ " + s[.disagreementPending])
                w.element("span", text: "◆ " + s[.consensusApplied])
                w.element("span", text: "★ " + s[.critical])
                w.element("span", text: "° " + s[.contextRequirement])
                w.element("span", text: "— " + s[.notMeasured])
            }
        }
    }
}

extension RequirementStanding {
    /// The greyscale-safe symbol.
    var symbol: String {
        switch self {
        case .below: "▼"
        case .at: "●"
        case .above: "▲"
        }
    }
}
