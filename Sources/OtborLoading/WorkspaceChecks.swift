import OtborCore

/// Checks that need more than one file: references between files and assessment-centre rules.
struct WorkspaceChecks {
    let library: ContentLibrary
    /// Ids defined in the library file; `nil` when the file could not be read at all.
    let competencyIDs: Set<String>?
    /// Stems of every guide file, readable or not.
    let guideIDs: Set<String>
    /// Stems of every profile file, readable or not.
    var profileIDs: Set<String> = []
    let loadedGuides: [LoadedGuide]
    let loadedProfiles: [LoadedProfile]

    /// Errors for references to ids no file defines.
    func resolve(_ references: [PendingReference]) -> [Diagnostic] {
        references.compactMap { reference in
            switch reference.kind {
            case .competency:
                guard let known = competencyIDs, !known.contains(reference.id) else { return nil }
                return reference.location.diagnostic(.error, .workspace(.unknownCompetency(
                    reference.id, in: reference.context, suggestion: suggestion(reference.id, known))))
            case .guide:
                guard !guideIDs.contains(reference.id) else { return nil }
                return reference.location.diagnostic(.error, .workspace(.unknownGuide(
                    reference.id, in: reference.context, suggestion: suggestion(reference.id, guideIDs))))
            case .profile:
                guard !profileIDs.contains(reference.id) else { return nil }
                return reference.location.diagnostic(.error, .workspace(.unknownProfile(
                    reference.id, in: reference.context, suggestion: suggestion(reference.id, profileIDs))))
            case .redFlag(let guides):
                let loaded = guides.compactMap { library.guide($0) }
                guard loaded.count == guides.count else { return nil }
                let flags = Set(loaded.flatMap(\.redFlags).map(\.id))
                guard !flags.contains(reference.id) else { return nil }
                return reference.location.diagnostic(.error, .workspace(.unknownRedFlag(reference.id, suggestion: suggestion(reference.id, flags))))
            }
        }
    }

    /// Warnings for exercises that rate too many competencies and requirements measured too rarely;
    /// files with errors are skipped, since their content is incomplete.
    func assessmentCentreWarnings(skipping filesWithErrors: Set<String>) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        let limit = CoverageMatrix.maximumCompetenciesPerStage
        for loaded in loadedGuides where loaded.guide.measuredCompetencies.count > limit
            && !filesWithErrors.contains(loaded.path) {
            let measured = loaded.guide.measuredCompetencies
            warnings.append(loaded.itemsLocation.diagnostic(.warning,
                .workspace(.tooManyCompetencies(guide: loaded.guide.id, competencies: measured, limit: limit))))
        }
        for loaded in loadedProfiles {
            let process = loaded.profile.process.map(\.guide)
            var seen: Set<String> = []
            for guide in process where !seen.insert(guide).inserted {
                warnings.append(SourceLocation(path: loaded.path, line: 1, column: 1)
                    .diagnostic(.warning, .workspace(.repeatedStage(guide: guide))))
            }
            // Coverage is only meaningful when the profile and every stage's guide read cleanly.
            let guidePaths = process.map { "\(WorkspaceLoader.interviewsFolder)/\($0).yaml" }
            guard !filesWithErrors.contains(loaded.path), process.allSatisfy({ library.guide($0) != nil }),
                  guidePaths.allSatisfy({ !filesWithErrors.contains($0) }) else { continue }
            warnings += otherProfilesGuides(in: loaded)
            warnings += scoredCount(in: loaded)
            warnings += processLength(in: loaded)
            warnings += screeningFacts(in: loaded)
            for row in library.coverage(of: loaded.profile).undercovered {
                guard let location = loaded.requirementLocations[row.requirement.competency] else { continue }
                warnings.append(location.diagnostic(.warning, .undercovered(row.requirement.competency, stages: row.stages,
                                                                            minimum: CoverageMatrix.minimumStages)))
            }
        }
        return warnings
    }

    /// A warning when the profile scores more requirements than a panel can separate, or keeps so
    /// many as context that fewer than the minimum are scored (a profile with fewer requirements
    /// than the minimum in all has nothing more to score, and is not warned about).
    private func scoredCount(in loaded: LoadedProfile) -> [Diagnostic] {
        let count = loaded.profile.scoredRequirements.count
        let minimum = JobProfile.scoredRequirementsMinimum, maximum = JobProfile.scoredRequirementsMaximum
        let tooFew = count < minimum && loaded.profile.requirements.count >= minimum
        guard tooFew || count > maximum else { return [] }
        let location = loaded.requirementsLocation ?? SourceLocation(path: loaded.path, line: 1, column: 1)
        return [location.diagnostic(.warning, .workspace(.scoredRequirementCount(count, minimum: minimum, maximum: maximum)))]
    }

    /// Warnings at the process when it has more stages, or takes more of a candidate's time, than
    /// candidates finish (``ProcessHours``).
    private func processLength(in loaded: LoadedProfile) -> [Diagnostic] {
        let hours = library.hours(of: loaded.profile)
        let location = loaded.processLocation ?? SourceLocation(path: loaded.path, line: 1, column: 1)
        var warnings: [Diagnostic] = []
        if hours.hasTooManyStages {
            warnings.append(location.diagnostic(.warning, .workspace(.tooManyStages(hours.stageCount, limit: ProcessHours.maximumStages))))
        }
        if hours.takesTooLong {
            warnings.append(location.diagnostic(.warning, .workspace(.tooLongForCandidate(
                minutes: hours.candidateMinutes, limitHours: ProcessHours.maximumCandidateHours))))
        }
        return warnings
    }

    /// A warning at each stage, also after the decision, whose guide declares it is written for
    /// other profiles only.
    private func otherProfilesGuides(in loaded: LoadedProfile) -> [Diagnostic] {
        var seen: Set<String> = []
        let guides = loaded.profile.process.map(\.guide) + loaded.profile.afterDecision.map(\.guide)
        return guides.filter { seen.insert($0).inserted }.compactMap { id in
            guard let guide = loadedGuides.first(where: { $0.guide.id == id }), !guide.writtenFor.isEmpty,
                  !guide.writtenFor.contains(loaded.profile.id),
                  let location = loaded.stageLocations[id] ?? loaded.afterDecisionLocations[id] else { return nil }
            return location.diagnostic(.warning, .workspace(.guideForOtherProfiles(guide: id, writtenFor: guide.writtenFor)))
        }
    }

    /// At each stage, its fact steps the profile cannot judge: a topic its `screening` does not name
    /// (a warning), a salary fact without a band (an error).
    private func screeningFacts(in loaded: LoadedProfile) -> [Diagnostic] {
        var seen: Set<String> = []
        let profile = loaded.profile
        return profile.process.map(\.guide).filter { seen.insert($0).inserted }.flatMap { id -> [Diagnostic] in
            guard let guide = library.guide(id), let location = loaded.stageLocations[id] else { return [] }
            return guide.items.compactMap { item -> Diagnostic? in
                guard case .fact(let fact) = item.content else { return nil }
                if fact.topic.isAmount && profile.salary == nil {
                    return location.diagnostic(.error, .workspace(.salaryFactWithoutBand(guide: id, item: item.id)))
                }
                guard profile.screening(for: fact.topic) == nil else { return nil }
                return location.diagnostic(.warning, .workspace(.factNotScreened(guide: id, item: item.id, topic: fact.topic.rawValue)))
            }
        }
    }

    private func suggestion(_ id: String, _ known: Set<String>) -> String? {
        NodeReader.closest(to: id, in: known.sorted())
    }
}
