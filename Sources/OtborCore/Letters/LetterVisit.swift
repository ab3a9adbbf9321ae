/// A visit of a profile's process as an invitation names it: its stages (the guides' titles and
/// minutes) and the kinds of those stages, for what to bring. Entries of one `visit:` label are one
/// visit; an entry without a label is a visit of its own, named by its guide id.
public struct LetterVisit: Sendable, Hashable, Codable {
    /// One stage of the visit.
    public struct Stage: Sendable, Hashable, Codable {
        public var guide: String
        public var title: LocalizedText
        public var kind: StageKind
        public var minutes: Int
    }

    /// The `visit:` label, or the guide id of a stage on its own: what `--visit` takes.
    public var id: String
    /// `true` when the process's entries carry a shared `visit:` label.
    public var isLabelled: Bool
    public var isOptional: Bool
    public var stages: [Stage]

    /// The candidate's time for the whole visit.
    public var minutes: Int { stages.reduce(0) { $0 + $1.minutes } }

    /// Every visit of `profile`'s process, in order, with the guides of `library`.
    public static func all(of profile: JobProfile, in library: ContentLibrary) -> [LetterVisit] {
        library.hours(of: profile).visits.map { visit in
            let stages = visit.stages.compactMap { stage in
                library.guide(stage.guide).map { Stage(guide: $0.id, title: $0.title, kind: $0.kind, minutes: stage.minutes) }
            }
            return LetterVisit(id: visit.label ?? visit.stages[0].guide, isLabelled: visit.label != nil,
                               isOptional: visit.isOptional, stages: stages)
        }
    }

    /// The first required visit with a stage the candidate has not had a session of.
    public static func next(of profile: JobProfile, in library: ContentLibrary, attended: Set<String>) -> LetterVisit? {
        all(of: profile, in: library).first { !$0.isOptional && $0.stages.contains { !attended.contains($0.guide) } }
    }

    /// The visit's name in a letter: the catalogue's name of its label, else its one stage's
    /// title, else its stages' titles joined.
    public func name(in language: ContentLanguage, catalogue: LetterCatalogue) -> String {
        if isLabelled, let name = catalogue.visits[id] { return name.text(in: language) }
        return stages.map { $0.title.text(in: language) }.joined(separator: language == .ru ? " и " : " and ")
    }

    /// What to bring, by the kinds of the stages in order, each text once.
    public func bring(in language: ContentLanguage, catalogue: LetterCatalogue) -> [String] {
        var lines: [String] = []
        for stage in stages {
            if let text = catalogue.bring[stage.kind]?.text(in: language), !lines.contains(text) { lines.append(text) }
        }
        return lines
    }
}
