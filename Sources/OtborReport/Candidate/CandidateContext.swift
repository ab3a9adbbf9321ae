import OtborCore

/// What every section of the candidate report looks up, computed once per report so that no
/// section searches lists inside loops.
struct CandidateContext: Sendable {
    /// An assessor's note that backs a competency.
    struct Evidence: Sendable {
        var assessor: String
        var stageTitle: String
        var stepTitle: String
        var text: String
        /// The rating the note goes with, when the step is a rating.
        var rating: Double?
    }

    let input: CandidateReportInput
    let strings: ReportStrings
    /// Submitted sessions, grouped by stage in process order, in run order within a stage.
    let sessions: [ReportSession]
    /// Stages with submitted sessions or stage scores, in process order (others after, in run order).
    let stages: [String]
    let stageTitles: [String: String]
    /// Short column codes of the profile's stages and of any other stage run.
    let stageCodes: StageCodes
    let competencyNames: [String: String]
    /// Scores by competency id.
    let scores: [String: CompetencyScore]
    /// Notes by the competencies of the step they were written for.
    let evidence: [String: [Evidence]]

    var language: ContentLanguage { strings.language }
    var numbers: NumberFormat { strings.numbers }

    init(input: CandidateReportInput, strings: ReportStrings) {
        self.input = input
        self.strings = strings
        let language = strings.language
        var order: [String: Int] = [:]
        for (index, stage) in input.profile.process.enumerated() where order[stage.guide] == nil { order[stage.guide] = index }
        let submitted = input.sessions.filter { $0.submittedAt != nil }
        var firstRun: [String: Int] = [:]
        for (index, session) in submitted.enumerated() where firstRun[session.guide.id] == nil { firstRun[session.guide.id] = index }
        let rank: (String) -> (Int, Int) = { id in (order[id] ?? Int.max, firstRun[id] ?? Int.max) }
        sessions = submitted.enumerated().sorted { a, b in
            let ra = rank(a.element.guide.id), rb = rank(b.element.guide.id)
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)

        var stageIDs: [String] = []
        var seen: Set<String> = []
        for session in sessions where seen.insert(session.guide.id).inserted { stageIDs.append(session.guide.id) }
        for score in input.scorecard.competencies {
            for stage in score.stages where seen.insert(stage.stage).inserted { stageIDs.append(stage.stage) }
        }
        stages = stageIDs.enumerated().sorted { a, b in
            let ra = rank(a.element), rb = rank(b.element)
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)

        var titles: [String: String] = [:]
        for guide in input.library.guides { titles[guide.id] = guide.title.text(in: language) }
        for session in sessions { titles[session.guide.id] = session.guide.title.text(in: language) }
        stageTitles = titles

        var kinds: [String: StageKind] = [:]
        for guide in input.library.guides { kinds[guide.id] = guide.kind }
        for session in sessions { kinds[session.guide.id] = session.guide.kind }
        let coded = input.profile.process.map(\.guide) + stages
        stageCodes = StageCodes(coded.map { StageCodes.Stage(id: $0, kind: kinds[$0]) }, strings: strings)

        var names: [String: String] = [:]
        for competency in input.library.competencies where names[competency.id] == nil {
            names[competency.id] = competency.name.text(in: language)
        }
        competencyNames = names
        scores = Dictionary(input.scorecard.competencies.map { ($0.competency, $0) }, uniquingKeysWith: { first, _ in first })
        evidence = Self.evidence(sessions: sessions, titles: titles, language: language)
    }

    func competencyName(_ id: String) -> String { competencyNames[id] ?? id }
    func stageTitle(_ id: String) -> String { stageTitles[id] ?? id }

    /// The assessors of the submitted sessions, in order of first appearance.
    var assessors: [String] {
        var seen: Set<String> = []
        return sessions.map(\.assessor).filter { seen.insert($0).inserted }
    }

    private static func evidence(sessions: [ReportSession], titles: [String: String], language: ContentLanguage) -> [String: [Evidence]] {
        var result: [String: [Evidence]] = [:]
        var mapsByGuide: [String: [String: GuideStepInfo]] = [:]
        for session in sessions where !session.notes.isEmpty {
            let key = session.guide.id + "\u{0}" + session.guideHash
            let map = mapsByGuide[key] ?? GuideStepInfo.map(session.guide, language: language)
            mapsByGuide[key] = map
            for (stepKey, note) in session.notes.sorted(by: { $0.key < $1.key }) {
                guard !note.allSatisfy(\.isWhitespace) else { continue }
                let info = map[stepKey] ?? GuideStepInfo.fallback(stepKey, guide: session.guide, language: language)
                for competency in info.competencies {
                    result[competency, default: []].append(Evidence(
                        assessor: session.assessor, stageTitle: titles[session.guide.id] ?? session.guide.id,
                        stepTitle: info.title, text: note,
                        rating: session.answers.ratings[stepKey].flatMap { $0 }.map(Double.init)))
                }
            }
        }
        return result
    }
}
