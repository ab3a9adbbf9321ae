/// Everything a workspace holds: the competency library, profiles, guides, the DISC inventory and
/// the candidate letters.
public struct ContentLibrary: Sendable, Hashable {
    public var competencies: [Competency]
    public var profiles: [JobProfile]
    public var guides: [InterviewGuide]
    public var disc: DISCInventory?
    /// `Letters/letters.yaml`, when the workspace has it.
    public var letters: LetterCatalogue?

    public init(
        competencies: [Competency] = [], profiles: [JobProfile] = [], guides: [InterviewGuide] = [],
        disc: DISCInventory? = nil, letters: LetterCatalogue? = nil
    ) {
        self.competencies = competencies
        self.profiles = profiles
        self.guides = guides
        self.disc = disc
        self.letters = letters
    }

    public func competency(_ id: String) -> Competency? { competencies.first { $0.id == id } }
    public func profile(_ id: String) -> JobProfile? { profiles.first { $0.id == id } }
    public func guide(_ id: String) -> InterviewGuide? { guides.first { $0.id == id } }

    /// The candidate and assessor hours of a profile's process.
    public func hours(of profile: JobProfile) -> ProcessHours {
        ProcessHours(profile: profile, guides: profile.process.compactMap { guide($0.guide) })
    }

    /// The competency × stage coverage of a profile's process.
    public func coverage(of profile: JobProfile) -> CoverageMatrix {
        CoverageMatrix(profile: profile, guides: profile.process.compactMap { guide($0.guide) })
    }
}
