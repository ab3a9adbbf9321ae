import OtborCore
import OtborStore

/// Everything about one candidate as JSON (`otbor export --format json`, `candidates show
/// --format json`): the candidate's fields, DISC, and per application the sessions with every
/// answer, consensus ratings and decisions. A score of `null` means "not assessed".
struct DossierJSON: Encodable {
    var dossier: CandidateDossier
    /// `candidates show` adds the retention deadline's event and days left.
    var retention: RetentionJSON?

    private enum Keys: String, CodingKey { case disc, applications, retention }

    func encode(to encoder: any Encoder) throws {
        try CandidateJSON(candidate: dossier.candidate).encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(dossier.disc.map(DISCJSON.init), forKey: .disc)
        try container.encode(dossier.applications.map(ApplicationJSON.init), forKey: .applications)
        if let retention { try container.encode(retention, forKey: .retention) }
    }

    /// The retention deadline with what started it and the days left on `today`.
    struct RetentionJSON: Encodable {
        var deadline: RetentionDeadline?
        var today: CalendarDate

        private enum Keys: String, CodingKey { case destroyBy, event, eventDate, daysLeft, overdue }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(deadline?.destroyBy, forKey: .destroyBy)
            try container.encode(deadline?.event, forKey: .event)
            try container.encode(deadline?.eventDate, forKey: .eventDate)
            try container.encode(deadline?.daysRemaining(on: today), forKey: .daysLeft)
            try container.encode(deadline?.isOverdue(on: today) ?? false, forKey: .overdue)
        }
    }

    private struct DISCJSON: Encodable {
        var result: StoredDISCResult

        private enum Keys: String, CodingKey { case composite, groupCount, most, least, style, source, takenAt }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(result.composite, forKey: .composite)
            try container.encode(result.groupCount, forKey: .groupCount)
            try container.encode(result.most, forKey: .most)
            try container.encode(result.least, forKey: .least)
            try container.encode(result.styleCode().description, forKey: .style)
            try container.encode(result.source.rawValue, forKey: .source)
            try container.encode(StoreTime.format(result.takenAt), forKey: .takenAt)
        }
    }

    private struct ApplicationJSON: Encodable {
        var file: CandidateDossier.ApplicationFile

        init(_ file: CandidateDossier.ApplicationFile) { self.file = file }

        private enum Keys: String, CodingKey { case profile, profileHash, createdAt, sessions, consensus, decisions }
        private struct ConsensusJSON: Encodable { var guide, competency: String; var value: Double; var rationale, recordedBy, recordedAt: String }
        private struct DecisionJSON: Encodable { var decision, reason, decidedBy, decidedAt: String }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(file.application.profile, forKey: .profile)
            try container.encode(file.application.profileHash, forKey: .profileHash)
            try container.encode(StoreTime.format(file.application.createdAt), forKey: .createdAt)
            try container.encode(file.sessions.map(SessionJSON.init), forKey: .sessions)
            try container.encode(file.consensus.map {
                ConsensusJSON(guide: $0.consensus.stage, competency: $0.consensus.competency, value: $0.consensus.value,
                              rationale: $0.consensus.rationale, recordedBy: $0.recordedBy, recordedAt: StoreTime.format($0.recordedAt))
            }, forKey: .consensus)
            try container.encode(file.decisions.map {
                DecisionJSON(decision: $0.decision.rawValue, reason: $0.reason, decidedBy: $0.decidedBy,
                             decidedAt: StoreTime.format($0.decidedAt))
            }, forKey: .decisions)
        }
    }

    private struct SessionJSON: Encodable {
        var file: CandidateDossier.SessionFile

        init(_ file: CandidateDossier.SessionFile) { self.file = file }

        private enum Keys: String, CodingKey {
            case id, guide, guideHash, stageKind, assessor, groupRun, status, plannedMinutes, activeSeconds
            case startedAt, updatedAt, submittedAt, ratings, checklists, classifications, facts, plans, redFlags
        }
        private enum AnswerKeys: String, CodingKey { case step, score, ticked, option, amount, entries, plannedMinutes, note, answeredAt }
        private struct FlagJSON: Encodable { var flag, note: String }

        func encode(to encoder: any Encoder) throws {
            let session = file.session
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(session.id, forKey: .id)
            try container.encode(session.guide, forKey: .guide)
            try container.encode(session.guideHash, forKey: .guideHash)
            try container.encode(session.stageKind, forKey: .stageKind)
            try container.encode(session.assessor, forKey: .assessor)
            try container.encode(session.groupRun, forKey: .groupRun)
            try container.encode(session.status.rawValue, forKey: .status)
            try container.encode(session.plannedMinutes, forKey: .plannedMinutes)
            try container.encode(session.activeSeconds, forKey: .activeSeconds)
            try container.encode(StoreTime.format(session.startedAt), forKey: .startedAt)
            try container.encode(StoreTime.format(session.updatedAt), forKey: .updatedAt)
            try container.encode(session.submittedAt.map(StoreTime.format), forKey: .submittedAt)
            var ratings = container.nestedUnkeyedContainer(forKey: .ratings)
            var checklists = container.nestedUnkeyedContainer(forKey: .checklists)
            var classifications = container.nestedUnkeyedContainer(forKey: .classifications)
            var facts = container.nestedUnkeyedContainer(forKey: .facts)
            var plans = container.nestedUnkeyedContainer(forKey: .plans)
            for answer in file.answers {
                var entry: KeyedEncodingContainer<AnswerKeys>
                switch answer.value {
                case .rating(let score):
                    entry = ratings.nestedContainer(keyedBy: AnswerKeys.self)
                    try entry.encode(score, forKey: .score)
                case .checklist(let ticked):
                    entry = checklists.nestedContainer(keyedBy: AnswerKeys.self)
                    try entry.encode(ticked.sorted(), forKey: .ticked)
                case .classification(let option):
                    entry = classifications.nestedContainer(keyedBy: AnswerKeys.self)
                    try entry.encode(option, forKey: .option)
                case .fact(let fact):
                    // A recorded fact (`item#fact`): the option chosen, or the amount named (salary), or
                    // both null when the fact was not recorded.
                    entry = facts.nestedContainer(keyedBy: AnswerKeys.self)
                    if case .amount(let amount)? = fact { try entry.encode(amount, forKey: .amount) } else { try entry.encodeNil(forKey: .amount) }
                    if case .option(let option)? = fact { try entry.encode(option, forKey: .option) } else { try entry.encodeNil(forKey: .option) }
                case .plan(let plan):
                    entry = plans.nestedContainer(keyedBy: AnswerKeys.self)
                    try entry.encode(plan.entries, forKey: .entries)
                    try entry.encode(plan.plannedMinutes, forKey: .plannedMinutes)
                }
                try entry.encode(answer.step, forKey: .step)
                try entry.encode(answer.note, forKey: .note)
                try entry.encode(StoreTime.format(answer.answeredAt), forKey: .answeredAt)
            }
            try container.encode(file.redFlags.map { FlagJSON(flag: $0.flag, note: $0.note) }, forKey: .redFlags)
        }
    }
}
