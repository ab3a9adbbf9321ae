/// Inter-rater reliability of a campaign, per stage: Krippendorff's α over every rated
/// (candidate, competency), ICC when every assessor of the stage rated every unit, leniency or
/// severity per assessor (F7), and each assessor's drift over their sessions (F8).
public struct RaterReport: Sendable {
    /// One assessor's rating of one competency of one candidate in one session.
    public struct Observation: Sendable, Hashable {
        public var stage: String
        public var candidate: String
        public var assessor: String
        public var competency: String
        public var value: Double
        /// Orders an assessor's sessions in time (such as the submission time).
        public var sessionOrder: String

        public init(stage: String, candidate: String, assessor: String, competency: String, value: Double, sessionOrder: String) {
            self.stage = stage
            self.candidate = candidate
            self.assessor = assessor
            self.competency = competency
            self.value = value
            self.sessionOrder = sessionOrder
        }
    }

    /// Reliability of one stage.
    public struct Stage: Sendable {
        public var stage: String
        /// Assessors in column order.
        public var assessors: [String]
        /// (candidate, competency) units rated by at least two assessors.
        public var pairableUnits: Int
        public var alphaInterval: Double
        public var alphaOrdinal: Double
        /// `nil` unless the table is complete (every assessor rated every unit), with ≥ 2 of each.
        public var icc: IntraclassCorrelation?
        public var leniency: RaterLeniency
    }

    /// One assessor's drift over their sessions, by the mean deviation from co-raters per session.
    public struct Drift: Sendable {
        public var assessor: String
        public var sessions: Int
        public var drift: RaterDrift
    }

    public var stages: [Stage]
    public var drifts: [Drift]

    public init(_ observations: [Observation]) {
        let byStage = Dictionary(grouping: observations, by: \.stage)
        stages = byStage.keys.sorted().map { Self.stage($0, byStage[$0]!) }
        drifts = Self.drifts(observations)
    }

    private struct Unit: Hashable {
        var stage: String, candidate: String, competency: String
    }

    private static func stage(_ id: String, _ observations: [Observation]) -> Stage {
        let assessors = Array(Set(observations.map(\.assessor))).sorted()
        let column = Dictionary(uniqueKeysWithValues: assessors.enumerated().map { ($1, $0) })
        var rows: [Unit: [Double?]] = [:]
        for observation in observations {
            let unit = Unit(stage: id, candidate: observation.candidate, competency: observation.competency)
            rows[unit, default: Array(repeating: nil, count: assessors.count)][column[observation.assessor]!] = observation.value
        }
        let table = rows.keys.sorted { ($0.candidate, $0.competency) < ($1.candidate, $1.competency) }.map { rows[$0]! }
        let alpha = KrippendorffAlpha(units: table)
        let complete = table.allSatisfy { $0.allSatisfy { $0 != nil } } ? table.map { $0.map { $0! } } : nil
        return Stage(stage: id, assessors: assessors, pairableUnits: alpha.pairableUnits,
                     alphaInterval: alpha.alpha(.interval), alphaOrdinal: alpha.alpha(.ordinal),
                     icc: complete.flatMap { try? IntraclassCorrelation($0) }, leniency: RaterLeniency(ratings: table))
    }

    /// d_t for each assessor: per session (in order), the mean of rating − mean of the co-raters'
    /// ratings of the same unit; sessions with no co-rated unit are left out.
    private static func drifts(_ observations: [Observation]) -> [Drift] {
        let byUnit = Dictionary(grouping: observations) { Unit(stage: $0.stage, candidate: $0.candidate, competency: $0.competency) }
        var series: [String: [String: [Double]]] = [:]
        for observation in observations {
            let others = byUnit[Unit(stage: observation.stage, candidate: observation.candidate, competency: observation.competency)]!
                .filter { $0.assessor != observation.assessor }.map(\.value)
            guard !others.isEmpty else { continue }
            let deviation = observation.value - others.reduce(0, +) / Double(others.count)
            series[observation.assessor, default: [:]][observation.sessionOrder, default: []].append(deviation)
        }
        return series.keys.sorted().map { assessor in
            let sessions = series[assessor]!
            let deviations = sessions.keys.sorted().map { key in sessions[key]!.reduce(0, +) / Double(sessions[key]!.count) }
            return Drift(assessor: assessor, sessions: deviations.count, drift: RaterDrift(deviations: deviations))
        }
    }
}
