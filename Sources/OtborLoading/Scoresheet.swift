import Foundation
import OtborCore

/// Ratings captured outside the interview runner (on paper or by another tool) for one guide, one
/// assessor and one or more candidates, as read from a scoresheet file (Docs/DataFormat.md,
/// "Scoresheets"). Every answer keeps its position so that later checks can point at it.
public struct Scoresheet: Sendable {
    /// Sheets (candidates) one scoresheet may hold: 1,000, far more than one sitting of a group
    /// exercise seats. A file with more is refused at the first sheet past the limit, none of its
    /// sheets read.
    public static let sheetLimit = 1_000

    /// A reference to a candidate as written in the file: an id number or a full name.
    public struct CandidateReference: Sendable, Hashable {
        /// The text written, trimmed.
        public var text: String
        /// Where it is written.
        public var location: SourceLocation

        /// The id number, when the reference is written as one.
        public var id: Int64? { Int64(text) }
    }

    /// A red flag the assessor recorded, with an optional note.
    public struct RedFlag: Sendable, Hashable {
        public var id: String
        public var note: String
        public var location: SourceLocation
    }

    /// One answer, as `OtborStore.RecordedAnswer` stores it.
    public struct Answer: Sendable, Hashable {
        public typealias Value = AnswerValue

        public var step: InterviewStep
        public var value: Value
        /// The evidence note; empty when none was written.
        public var note: String
        /// Position of the step key.
        public var location: SourceLocation
    }

    /// One candidate's answers.
    public struct Sheet: Sendable {
        public var candidate: CandidateReference
        /// In the order of the guide's steps.
        public var answers: [Answer]
        public var redFlags: [RedFlag]
        /// Keys of the guide's steps the sheet leaves unanswered, in guide order.
        public var unanswered: [String]
        /// Position of the sheet in the `sheets` list.
        public var location: SourceLocation
        /// Position of its `answers` key.
        public var answersLocation: SourceLocation
    }

    /// The path the file was read from, as given.
    public var path: String
    public var profile: JobProfile
    public var guide: InterviewGuide
    public var assessor: String
    /// The day the interview was held, when the file says.
    public var conducted: CalendarDate?
    /// `false` leaves the sessions open, to be finished with `otbor interview resume`.
    public var submit: Bool
    /// Sheets whose candidate could be read, in file order.
    public var sheets: [Sheet]
}

/// A candidate the database knows, for resolving the references of a scoresheet.
public struct KnownCandidate: Sendable, Hashable {
    public var id: Int64
    public var name: String

    public init(id: Int64, name: String) {
        self.id = id
        self.name = name
    }
}

extension Scoresheet {
    /// Resolves every sheet's candidate: an id number must be a known id, a name must match exactly
    /// one known candidate's full name (ignoring case). `existingSession` gives the id of a session
    /// the assessor already has for that candidate under the profile and guide, if any.
    ///
    /// Returns the candidate id of each sheet (`nil` where it could not be resolved) and an error at
    /// the candidate's position for every unknown or ambiguous candidate, every candidate with a
    /// second sheet, and every candidate the assessor has already scored on this guide.
    public func resolveCandidates(
        _ known: [KnownCandidate], existingSession: (Int64) throws -> Int64?
    ) rethrows -> (ids: [Int64?], diagnostics: [Diagnostic]) {
        try Self.resolve(sheets.map(\.candidate), known: known, assessor: assessor, guide: guide.id,
                         existingSession: existingSession)
    }

    static func resolve(
        _ references: [CandidateReference], known: [KnownCandidate], assessor: String?, guide: String?,
        existingSession: (Int64) throws -> Int64?
    ) rethrows -> (ids: [Int64?], diagnostics: [Diagnostic]) {
        var ids: [Int64?] = []
        var diagnostics: [Diagnostic] = []
        var firstSheet: [Int64: SourceLocation] = [:]
        let byID = Dictionary(known.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for reference in references {
            func error(_ problem: ScoresheetProblem) { diagnostics.append(reference.location.diagnostic(.error, .scoresheet(problem))) }
            let resolved: KnownCandidate?
            if let id = reference.id {
                resolved = byID[id]
                if resolved == nil { error(.noCandidateWithID(id)) }
            } else {
                let matches = known.filter { $0.name.compare(reference.text, options: [.caseInsensitive]) == .orderedSame }
                resolved = matches.count == 1 ? matches[0] : nil
                if matches.count > 1 {
                    error(.ambiguousCandidate(reference.text, ids: matches.map(\.id)))
                } else if matches.isEmpty {
                    error(.noCandidateNamed(reference.text, suggestion: NodeReader.closest(to: reference.text, in: known.map(\.name))))
                }
            }
            guard let candidate = resolved else {
                ids.append(nil)
                continue
            }
            ids.append(candidate.id)
            if let first = firstSheet[candidate.id] {
                error(.repeatedSheet(candidate: candidate.id, name: candidate.name, firstLine: first.line))
                continue
            }
            firstSheet[candidate.id] = reference.location
            if let assessor, let guide, let session = try existingSession(candidate.id) {
                error(.existingSession(assessor: assessor, session: session, candidate: candidate.id,
                                       name: candidate.name, guide: guide))
            }
        }
        return (ids, diagnostics)
    }
}
