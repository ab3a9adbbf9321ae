import OtborCore
import OtborStore

/// The observations rater statistics are computed from: one per assessor, stage, candidate and
/// required competency the assessor rated, in the order the sessions were submitted.
public enum RaterObservations {
    public static func of(_ evidence: [CandidateEvidence]) -> [RaterReport.Observation] {
        evidence.flatMap { item -> [RaterReport.Observation] in
            let candidate = item.candidate.id.description
            return item.stages.flatMap { stage in
                stage.sheets.flatMap { sheet in
                    let order = item.sessions.first { $0.guide == stage.stage && $0.assessor == sheet.assessor }?
                        .submittedAt.map(StoreTime.format) ?? ""
                    return item.profile.requirements.compactMap { requirement -> RaterReport.Observation? in
                        guard let value = sheet.competencyRating(requirement.competency) else { return nil }
                        return RaterReport.Observation(stage: stage.stage, candidate: candidate, assessor: sheet.assessor,
                                                       competency: requirement.competency, value: value, sessionOrder: order)
                    }
                }
            }
        }
    }

    /// The rater report of a campaign's evidence.
    public static func report(_ evidence: [CandidateEvidence]) -> RaterReport {
        RaterReport(of(evidence))
    }
}
