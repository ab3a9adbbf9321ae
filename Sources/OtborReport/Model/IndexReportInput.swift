import Foundation
import OtborCore

/// The index page of a run: per profile, every candidate with the stage pipeline, hurdle, S100,
/// last decision and retention deadline, in ranking order, with links to every report.
public struct IndexReportInput: Sendable {
    /// One stage of a profile's process.
    public struct Stage: Sendable, Hashable {
        /// The guide the stage runs.
        public var guide: String
        /// The guide's title; `nil` shows the guide id.
        public var title: LocalizedText?

        public init(guide: String, title: LocalizedText?) {
            self.guide = guide
            self.title = title
        }

        /// The title in `language` (falling back to Russian), or the guide id without one.
        public func displayTitle(in language: ContentLanguage) -> String { title?.text(in: language) ?? guide }
    }

    /// One candidate of a profile.
    public struct Row: Sendable {
        public var candidate: ReportPerson
        /// File name of the candidate's report, for a link; `nil` when not rendered.
        public var reportFile: String?
        /// Progress by guide id; a stage missing here is not started.
        public var progress: [String: StageProgress]
        /// The candidate's place as ``Ranking`` gives it: hurdle status, S and its 95 % interval.
        public var standing: Ranking.Entry
        /// The latest decision on this application.
        public var lastDecision: DecisionRecord?
        /// The retention deadline (F21) as judged on the report's day; `nil` while there is none.
        public var retention: RetentionReview.Entry?

        public init(candidate: ReportPerson, reportFile: String?, progress: [String: StageProgress], standing: Ranking.Entry,
                    lastDecision: DecisionRecord?, retention: RetentionReview.Entry?) {
            self.candidate = candidate
            self.reportFile = reportFile
            self.progress = progress
            self.standing = standing
            self.lastDecision = lastDecision
            self.retention = retention
        }
    }

    /// One profile: its process, its candidates and its reports.
    public struct Profile: Sendable {
        public var id: String
        public var title: LocalizedText
        /// The stages of the process, in process order.
        public var stages: [Stage]
        /// The candidates in ranking order (``Ranking``, as `otbor compare` prints it): rank is position + 1.
        public var rows: [Row]
        /// File names of the profile's comparison and raters reports; `nil` when not rendered.
        public var comparisonFile: String?
        public var ratersFile: String?

        public init(id: String, title: LocalizedText, stages: [Stage], rows: [Row], comparisonFile: String?, ratersFile: String?) {
            self.id = id
            self.title = title
            self.stages = stages
            self.rows = rows
            self.comparisonFile = comparisonFile
            self.ratersFile = ratersFile
        }
    }

    /// The run's title (person text).
    public var title: String
    public var profiles: [Profile]
    public var generatedAt: Date
    /// The campaign's time zone: dates and times are shown in it.
    public var timeZone: TimeZone

    public init(title: String, profiles: [Profile], generatedAt: Date, timeZone: TimeZone = .gmt) {
        self.title = title
        self.profiles = profiles
        self.generatedAt = generatedAt
        self.timeZone = timeZone
    }
}
