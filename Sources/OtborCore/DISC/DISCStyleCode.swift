/// The style code read from a DISC composite (F18), with no norm tables.
///
/// A factor is high when its composite c_f ≥ margin (default 1 raw point; the midline is 0).
/// High factors are taken in descending order: the highest is the primary, the next the
/// secondary, so the code has one letter when only one factor is high and none when no factor
/// is. Ties are not broken silently: when the top two high factors tie the code is ambiguous and
/// lists both orders (`SC`/`CS`); likewise when several factors tie for the secondary place.
public struct DISCStyleCode: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The default margin, in raw composite points.
    public static let defaultMargin = 1

    /// The lowest composite counted as high.
    public var margin: Int
    /// The high factors, highest first (ties in D, I, S, C order).
    public var highFactors: [DISCFactor]
    /// The possible codes: none when no factor is high, one when the code is determined, more
    /// when it is ambiguous.
    public var candidates: [DISCStyle]

    public init(composite: DISCFactorValues<Int>, margin: Int = DISCStyleCode.defaultMargin) {
        self.margin = margin
        let high = DISCFactor.allCases.filter { composite[$0] >= margin }
            .sorted { composite[$0] > composite[$1] || (composite[$0] == composite[$1] && $0 < $1) }
        highFactors = high
        guard let top = high.first.map({ composite[$0] }) else {
            candidates = []
            return
        }
        let primaries = high.filter { composite[$0] == top }
        if primaries.count >= 2 {
            candidates = primaries.flatMap { first in
                primaries.filter { $0 != first }.map { DISCStyle(factors: [first, $0]) }
            }
            return
        }
        let rest = high.dropFirst()
        guard let second = rest.first.map({ composite[$0] }) else {
            candidates = [DISCStyle(factors: [high[0]])]
            return
        }
        candidates = rest.filter { composite[$0] == second }.map { DISCStyle(factors: [high[0], $0]) }
    }

    /// The code when it is determined; `nil` when no factor is high or the code is ambiguous.
    public var style: DISCStyle? { candidates.count == 1 ? candidates[0] : nil }

    /// Whether ties leave more than one code.
    public var isAmbiguous: Bool { candidates.count > 1 }

    /// `SC`, `S`, `SC/CS` when ambiguous, `—` when no factor is high.
    public var description: String {
        candidates.isEmpty ? "—" : candidates.map(\.description).joined(separator: "/")
    }
}
