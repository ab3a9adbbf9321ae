import OtborCore
import OtborStore

extension Campaign {
    /// The letter of `kind` to `candidate` about `profile` (their only application's when `nil`):
    /// what goes into it is Core's rule (``LetterContent``, ``LetterFeedback``, ``LetterVisit``);
    /// this gathers the scorecard, the sessions and the profile, and refuses what would mislead —
    /// a rejection of a candidate who passed, an offer to one who did not (unless `force`), a
    /// screening rejection without a failed condition. Nothing is recorded: call
    /// ``recordLetter(_:actor:)`` once the letter is written.
    public func letter(
        _ kind: LetterKind, candidate: Candidate, profile explicit: String?, visit: String? = nil, when: String? = nil,
        engine: ScoringEngine, force: Bool = false
    ) async throws -> CandidateLetter {
        guard let catalogue = library.letters else { throw LetterError.noLetters }
        guard let template = catalogue.template(kind) else { throw LetterError.noTemplate(kind) }
        let profile = try await letterProfile(candidate: candidate, explicit: explicit, kind: kind)
        var content = LetterContent(kind: kind, candidate: candidate.name, position: profile.title)
        switch kind {
        case .invitation:
            let visits = LetterVisit.all(of: profile, in: library)
            if let visit {
                guard let chosen = visits.first(where: { $0.id == visit }) else {
                    throw LetterError.unknownVisit(visit, visits: visits.map(\.id))
                }
                content.visit = chosen
            } else {
                let attended = Set(try await store.sessions(candidate: candidate.id).map(\.guide))
                guard let next = LetterVisit.next(of: profile, in: library, attended: attended) else {
                    throw LetterError.noVisitLeft(visits: visits.map(\.id))
                }
                content.visit = next
            }
            content.when = when
        case .screeningRejection:
            guard let evidence = try await store.evidence(profile: profile.id, candidate: candidate.id).first,
                  evidence.screening.isKnockedOut else { throw LetterError.noFailedCondition }
            content.conditions = LetterContent.conditions(evidence.screening, profile: profile, catalogue: catalogue)
        case .rejection, .offer:
            guard let evidence = try await store.evidence(profile: profile.id, candidate: candidate.id).first,
                  !evidence.sessions.isEmpty else { throw LetterError.notAssessed }
            let card = evidence.scorecard(engine: engine)
            let passed = card.hurdle.passed && !card.screening.isKnockedOut
            if kind == .rejection && passed && !force { throw LetterError.passed }
            if kind == .offer && !passed && !force { throw LetterError.notPassed }
            content.feedback = LetterFeedback(scorecard: card, competencies: library.competencies)
        }
        return CandidateLetter(candidate: candidate, profile: profile.id, content: content, template: template, catalogue: catalogue)
    }

    /// Audits that `letter` was written (its kind, never its text).
    public func recordLetter(_ letter: CandidateLetter, actor: String) async throws {
        try await store.recordLetter(candidate: letter.candidate.id, kind: letter.content.kind, actor: actor)
    }

    /// The profile of the letter: the application's, or for an invitation to a first stage the
    /// workspace's profile `explicit` names.
    private func letterProfile(candidate: Candidate, explicit: String?, kind: LetterKind) async throws -> JobProfile {
        let applied = try await store.applications(candidate: candidate.id).map(\.profile)
        if kind == .invitation, explicit == nil, applied.isEmpty {
            throw LetterError.needsProfile(profiles: library.profiles.map(\.id))
        }
        if kind == .invitation, let explicit, !applied.contains(explicit) {
            guard let profile = library.profile(explicit) else {
                throw CampaignError.unknownProfile(explicit, known: library.profiles.map(\.id))
            }
            return profile
        }
        let id = try await profileID(candidate: candidate, explicit: explicit)
        guard let profile = library.profile(id) else { throw CampaignError.unknownProfile(id, known: library.profiles.map(\.id)) }
        return profile
    }
}
