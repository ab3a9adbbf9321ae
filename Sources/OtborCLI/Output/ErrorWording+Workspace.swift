import OtborLoading

/// Problems between the files of a workspace (`OtborLoading`'s ``WorkspaceProblem``: unknown
/// references, a missing library, a file the system would not give, the assessment-centre
/// warnings) in the terminal's language.
extension ErrorWording {
    func workspace(_ problem: WorkspaceProblem) -> String {
        switch problem {
        case .unknownCompetency(let id, let place, let guess):
            guessed(.unknownCompetencyIn, .unknownCompetencyInGuess, guess, ["id": id, "place": self.place(place)])
        case .unknownGuide(let id, let place, let guess):
            guessed(.unknownGuideIn, .unknownGuideInGuess, guess, ["id": id, "place": self.place(place)])
        case .unknownProfile(let id, let place, let guess):
            guessed(.unknownProfileIn, .unknownProfileInGuess, guess, ["id": id, "place": self.place(place)])
        case .unknownRedFlag(let id, let guess):
            guessed(.unknownProcessRedFlag, .unknownProcessRedFlagGuess, guess, ["id": id])
        case .libraryMissing:
            words(.libraryMissing)
        case .unreadable(let reason):
            words(.cannotReadData, ["reason": unreadable(reason)])
        case .tooManyCompetencies(let guide, let competencies, let limit):
            words(.tooManyCompetencies, ["guide": guide, "count": String(competencies.count),
                                         "competencies": words.list(competencies), "limit": String(limit)])
        case .repeatedStage(let guide):
            words(.repeatedStage, ["guide": guide])
        case .internalID(let id, let kind):
            words(kind == .catalogueID ? .internalIDKeepSource : .internalID, ["id": id, "kind": internalID(kind)])
        case .protectedTopic(let word, let topic):
            words(.protectedTopic, ["word": word, "topic": self.topic(topic)])
        case .factNotScreened(let guide, let item, let topic):
            words(.factNotScreened, ["guide": guide, "item": item, "topic": topic])
        case .salaryFactWithoutBand(let guide, let item):
            words(.salaryFactWithoutBand, ["guide": guide, "item": item])
        case .scoredRequirementCount(let count, let minimum, let maximum):
            words(.scoredRequirementCount, ["count": String(count), "minimum": String(minimum),
                                            "most": String(maximum - 1), "maximum": String(maximum)])
        case .tooManyStages(let count, let limit):
            words(.tooManyStages, ["count": String(count), "limit": String(limit)])
        case .tooLongForCandidate(let minutes, let limit):
            words(.tooLongForCandidate, ["hours": words.number(Double(minutes) / 60, 1), "minutes": String(minutes),
                                         "limit": words.compact(limit)])
        case .guideForOtherProfiles(let guide, let profiles):
            words(.guideForOtherProfiles, ["guide": guide, "profiles": words.list(profiles)])
        }
    }

    /// Why the system would not give a file: not there, not allowed, a folder, or its own words.
    func unreadable(_ reason: WorkspaceProblem.Unreadable) -> String {
        switch reason {
        case .notFound: words(.readNoSuchFile)
        case .permissionDenied: words(.readPermissionDenied)
        case .isAFolder: words(.readIsAFolder)
        case .other(let text): text
        }
    }

    private func internalID(_ kind: WorkspaceProblem.InternalID) -> String {
        switch kind {
        case .catalogueID: words(.idKindCatalogue)
        case .yamlKey: words(.idKindYAMLKey)
        case .guide: words(.idKindGuide)
        case .profile: words(.idKindProfile)
        case .competency: words(.idKindCompetency)
        }
    }

    private func topic(_ topic: ProtectedTopic) -> String {
        switch topic {
        case .pregnancy: words(.topicPregnancy)
        case .children: words(.topicChildren)
        case .maritalStatus: words(.topicMaritalStatus)
        case .age: words(.topicAge)
        case .health: words(.topicHealth)
        case .religion: words(.topicReligion)
        case .nationality: words(.topicNationality)
        case .sexuality: words(.topicSexuality)
        case .politics: words(.topicPolitics)
        case .tradeUnion: words(.topicTradeUnion)
        }
    }

    private func place(_ place: WorkspaceProblem.Place) -> String {
        switch place {
        case .requirement: words(.placeRequirement)
        case .knockOutRule: words(.placeKnockOutRule)
        case .process: words(.placeProcess)
        case .afterDecision: words(.placeAfterDecision)
        case .assessmentTool: words(.placeAssessmentTool)
        case .writtenFor: words(.placeWrittenFor)
        case .item(let id): words(.placeItem, ["id": id ?? "?"])
        }
    }
}
