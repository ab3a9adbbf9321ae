import Foundation
import OtborCore

/// Reads and checks a scoresheet file (Docs/DataFormat.md, "Scoresheets") against the content of
/// the workspace. Every problem is reported in one pass as `path:line:column: error: message`.
///
/// Candidates live in the database, which this target does not read: the result keeps every
/// candidate reference with its position, and `Result.resolveCandidates` checks them against the
/// candidates the caller fetched.
public enum ScoresheetLoader {
    /// What reading a scoresheet produced.
    public struct Result: Sendable {
        /// The scoresheet as far as it could be read; `nil` when the file, its profile, guide or
        /// assessor could not be read. Import nothing while `diagnostics` has an error.
        public var scoresheet: Scoresheet?
        /// Every candidate reference that could be read, in file order (the candidates of
        /// `scoresheet.sheets` when there is a scoresheet).
        public var candidates: [Scoresheet.CandidateReference]
        /// Errors and warnings, sorted by line and column.
        public var diagnostics: [Diagnostic]
    }

    /// Reads the file at `url`; `path` is how diagnostics name it (as the user gave it).
    /// With `today`, a `conducted` date after it is an error.
    public static func load(contentsOf url: URL, path: String, library: ContentLibrary, today: CalendarDate? = nil) -> Result {
        switch DataFile.read(url, limit: DataFile.yamlByteLimit) {
        case .success(let data): return parse(data, path: path, library: library, today: today)
        case .failure(let problem): return Result(scoresheet: nil, candidates: [], diagnostics: [DataFile.diagnostic(problem, path: path)])
        }
    }

    /// Reads a scoresheet from its bytes.
    public static func parse(_ data: Data, path: String, library: ContentLibrary, today: CalendarDate? = nil) -> Result {
        let (root, problem) = YAMLDocument.parse(data, path: path)
        guard let root else { return Result(scoresheet: nil, candidates: [], diagnostics: problem.map { [$0] } ?? []) }
        let reader = NodeReader(path: path)
        let (scoresheet, candidates) = reader.scoresheet(root, library: library, today: today)
        return Result(scoresheet: scoresheet, candidates: candidates, diagnostics: reader.diagnostics.sorted())
    }
}

extension ScoresheetLoader.Result {
    /// Resolves the candidate references against the database's candidates (see
    /// `Scoresheet.resolveCandidates`); `existingSession` is asked only when the scoresheet's
    /// profile, guide and assessor could be read. The ids are in the order of `candidates`.
    public func resolveCandidates(
        _ known: [KnownCandidate], existingSession: (Int64) throws -> Int64?
    ) rethrows -> (ids: [Int64?], diagnostics: [Diagnostic]) {
        if let scoresheet { return try scoresheet.resolveCandidates(known, existingSession: existingSession) }
        return Scoresheet.resolve(candidates, known: known, assessor: nil, guide: nil, existingSession: { _ in nil })
    }
}
