import Foundation
import OtborCore

/// Everything the comparison report of one profile shows.
public struct ComparisonReportInput: Sendable {
    /// One candidate of the profile.
    public struct Entry: Sendable {
        public var candidate: ReportPerson
        public var scorecard: Scorecard
        public var disc: ReportDISC?
        /// File name of the candidate's report, for links; `nil` when not rendered.
        public var reportFile: String?

        public init(candidate: ReportPerson, scorecard: Scorecard, disc: ReportDISC?, reportFile: String?) {
            self.candidate = candidate
            self.scorecard = scorecard
            self.disc = disc
            self.reportFile = reportFile
        }
    }

    public var profile: JobProfile
    public var library: ContentLibrary
    /// In any order; the report ranks them with ``Ranking`` keyed by `candidate.id`.
    public var entries: [Entry]
    public var generatedAt: Date
    /// The campaign's time zone: dates and times are shown in it.
    public var timeZone: TimeZone

    public init(profile: JobProfile, library: ContentLibrary, entries: [Entry], generatedAt: Date, timeZone: TimeZone = .gmt) {
        self.profile = profile
        self.library = library
        self.entries = entries
        self.generatedAt = generatedAt
        self.timeZone = timeZone
    }
}

/// Everything the raters report shows.
public struct RatersReportInput: Sendable {
    public var profile: JobProfile
    public var report: RaterReport
    public var generatedAt: Date
    /// The campaign's time zone: dates and times are shown in it.
    public var timeZone: TimeZone
    /// Stage titles by guide id (such as the guides' `title`); a stage without one shows its id.
    public var stageTitles: [String: LocalizedText]

    public init(profile: JobProfile, report: RaterReport, generatedAt: Date, timeZone: TimeZone = .gmt, stageTitles: [String: LocalizedText] = [:]) {
        self.profile = profile
        self.report = report
        self.generatedAt = generatedAt
        self.timeZone = timeZone
        self.stageTitles = stageTitles
    }
}
