/// How the comparison matrix is cut into blocks of candidates, each narrow enough for an A4
/// portrait page (and so for an 800 px window).
///
/// A block's width is estimated from what cannot wrap: the longest word of each candidate's name
/// (names wrap only between words) and of the competency names, at the matrix's 8.5 pt. Blocks
/// take at most ``maxCandidates`` candidates in rank order and are as even as possible when that
/// fits: 60 candidates with ordinary names make twelve blocks of five for a profile whose longest
/// competency word is «Клиентоориентированность»; a block with several long surnames holds fewer.
struct MatrixBlockPlan: Sendable {
    /// The most candidates one block shows.
    static let maxCandidates = 6
    /// The width a block may take, in CSS px: A4 portrait less its 15 mm margins.
    static let pageWidth = 680.0
    /// Estimated width of one letter at 8.5 pt, with a cell's padding added once per column.
    static let letterWidth = 7.6, cellPadding = 4.0
    /// The narrowest a candidate's column gets: a score with its symbol and mark, «пройден».
    static let candidateMinimum = 72.0
    /// The level and weight columns together.
    static let levelAndWeight = 95.0

    /// Estimated width of each candidate's column, in rank order.
    let columns: [Double]
    /// Estimated width of the competency, level and weight columns.
    let fixed: Double

    /// A plan for `names` (in rank order) against the competency names of the profile.
    init(names: [String], competencies: [String]) {
        columns = names.map { max(Self.candidateMinimum, Self.width(ofLongestWordIn: $0)) }
        fixed = Self.levelAndWeight + competencies.map(Self.width(ofLongestWordIn:)).reduce(Self.candidateMinimum, max)
    }

    /// The estimated width of the longest unbreakable run of `text`: words break at spaces other
    /// than the no-break space, and after hyphens.
    static func width(ofLongestWordIn text: String) -> Double {
        let longest = text.split { $0.isWhitespace && $0 != "\u{00A0}" }.flatMap { word in
            word.split(separator: "-", omittingEmptySubsequences: false)
        }.map(\.count).max() ?? 0
        return Double(longest) * letterWidth + cellPadding
    }

    /// Positions in rank order cut into consecutive blocks that each fit ``pageWidth`` (a single
    /// candidate always makes a block): as few as packing them in order allows, and among those
    /// the most even cut when it fits too.
    var blocks: [Range<Int>] {
        let available = Self.pageWidth - fixed
        var packed: [Range<Int>] = []
        var start = 0, width = 0.0
        for (index, column) in columns.enumerated() {
            if index > start, index - start == Self.maxCandidates || width + column > available {
                packed.append(start..<index)
                start = index
                width = 0
            }
            width += column
        }
        if start < columns.count { packed.append(start..<columns.count) }
        let even = Self.even(columns.count, into: packed.count)
        let fits = even.allSatisfy { range in
            range.count <= Self.maxCandidates && (range.count == 1 || columns[range].reduce(0, +) <= available)
        }
        return fits ? even : packed
    }

    /// `0..<count` cut into `parts` consecutive ranges whose lengths differ by at most one, the
    /// longer first.
    static func even(_ count: Int, into parts: Int) -> [Range<Int>] {
        guard count > 0, parts > 0 else { return [] }
        let base = count / parts, longer = count % parts
        var start = 0
        return (0..<parts).map { index in
            let end = start + base + (index < longer ? 1 : 0)
            defer { start = end }
            return start..<end
        }
    }
}
