import OtborCore

/// The words for values the core computes, in the terminal's language.
extension ConsoleWording {
    /// `open`, `paused`, `submitted`.
    func sessionStatus(_ status: InterviewSession.Status) -> String {
        switch status {
        case .open: self(.statusOpen)
        case .paused: self(.statusPaused)
        case .submitted: self(.statusSubmitted)
        }
    }

    /// `12 days left`, `due today`, `overdue by 3 days`.
    func daysLeft(_ days: Int) -> String {
        switch days {
        case 0: self(.dueToday)
        case 1...: self(.daysLeft, ["days": count(days, .day)])
        default: self(.overdueBy, ["days": count(-days, .day)])
        }
    }

    /// What started a retention deadline, as it follows "30 days after".
    func retentionEvent(_ event: RetentionDeadline.Event) -> String {
        switch event {
        case .consentWithdrawn: self(.afterWithdrawal)
        case .decisionCommunicated: self(.afterFirstDecision)
        }
    }

    /// The model an ICC form assumes.
    func iccModel(_ form: IntraclassCorrelation.Form) -> String {
        switch form {
        case .icc1: self(.modelICC1)
        case .icc2: self(.modelICC2)
        case .icc3: self(.modelICC3)
        case .icc1k: self(.modelICC1k)
        case .icc2k: self(.modelICC2k)
        case .icc3k: self(.modelICC3k)
        }
    }

    /// A metric of Krippendorff's α.
    func alphaMetric(_ metric: KrippendorffAlpha.Metric) -> String {
        switch metric {
        case .nominal: self(.metricNominal)
        case .ordinal: self(.metricOrdinal)
        case .interval: self(.metricInterval)
        case .ratio: self(.metricRatio)
        }
    }

    /// A κ by the name `stats agreement` gives it: Cohen's weightings or `fleiss`.
    func kappaName(_ name: String) -> String {
        switch CohenKappa.Weighting(rawValue: name) {
        case .unweighted?: self(.kappaUnweighted)
        case .linear?: self(.kappaLinear)
        case .quadratic?: self(.kappaQuadratic)
        case nil: self(.kappaFleiss)
        }
    }

    /// A band of Landis & Koch (1977).
    func landisKoch(_ band: AgreementBand.LandisKoch) -> String {
        switch band {
        case .poor: self(.bandPoor)
        case .slight: self(.bandSlight)
        case .fair: self(.bandFair)
        case .moderate: self(.bandModerate)
        case .substantial: self(.bandSubstantial)
        case .almostPerfect: self(.bandAlmostPerfect)
        }
    }

    /// Krippendorff's band of α.
    func krippendorff(_ band: AgreementBand.Krippendorff) -> String {
        switch band {
        case .reliable: self(.alphaReliable)
        case .tentative: self(.alphaTentative)
        case .unreliable: self(.alphaUnreliable)
        }
    }

    /// The hurdle as a short cell: passed, incomplete or failed.
    func hurdle(_ status: HurdleResult.Status) -> String {
        switch status {
        case .passed: self(.passed)
        case .incomplete: self(.incomplete)
        case .failed: self(.failed)
        }
    }

    /// The state of an adverse-impact check.
    func adverseState(_ state: AdverseImpact.State) -> String {
        switch state {
        case .noEvidence: self(.noEvidence)
        case .inconclusive: self(.inconclusive)
        case .adverseImpact: self(.adverseImpact)
        }
    }

    /// The level of a job profile.
    func profileLevel(_ level: JobProfile.Level) -> String {
        switch level {
        case .specialist: self(.levelSpecialist)
        case .senior: self(.levelSenior)
        case .head: self(.levelHead)
        }
    }

    /// How a requirement counts: scored, or context (shown only).
    func use(_ requirement: CompetencyRequirement) -> String {
        switch requirement.use {
        case .scored: self(.useScored)
        case .context: self(.useContext)
        }
    }

    /// The lines on a process's time: stages (visits, optional ones apart), candidate hours, assessor
    /// hours, the optional stages' time, and the guides whose assessors are assumed.
    func processHours(_ hours: ProcessHours) -> [String] {
        var lines = [self(.processHours, ["stages": count(hours.stageCount, .stage),
                                          "candidate": number(hours.candidateHours, 1), "assessor": number(hours.assessorHours, 1)])]
        let optional = hours.stages.filter(\.isOptional).map(\.guide)
        if !optional.isEmpty {
            lines.append(self(.processOptional, ["guides": list(optional), "candidate": number(Double(hours.optionalMinutes) / 60, 1),
                                                 "assessor": number(hours.optionalAssessorHours, 1)]))
        }
        if !hours.assumedAssessors.isEmpty { lines.append(self(.assessorsAssumed, ["guides": list(hours.assumedAssessors)])) }
        return lines
    }

    /// The stages a profile runs after the decision, apart from the process: a title and a line
    /// each (guide, title, minutes, note); nothing when it has none.
    func afterDecision(_ profile: JobProfile, library: ContentLibrary) -> [String] {
        guard !profile.afterDecision.isEmpty else { return [] }
        return [self(.afterDecisionTitle)] + profile.afterDecision.map { stage in
            let guide = library.guide(stage.guide)
            let title = guide.map { " — " + content($0.title) + ", " + self(.minutesShort, ["minutes": String($0.duration)]) } ?? ""
            return "  • \(stage.guide)\(title)" + (stage.note.map { " — " + content($0) } ?? "")
        }
    }

    /// "yes" for a critical requirement, with the hurdle's tolerance when the profile states one.
    func critical(_ requirement: CompetencyRequirement) -> String {
        guard requirement.critical else { return "" }
        return self(.yes) + (requirement.tolerance.map { " (τ \(compact($0)))" } ?? "")
    }

    /// Who holds a KPI.
    func kpiHolder(_ holder: KPI.Holder) -> String {
        switch holder {
        case .specialist: self(.holderSpecialist)
        case .manager: self(.holderManager)
        case .team: self(.holderTeam)
        }
    }

    /// A group of competencies in a profile.
    func competencyGroup(_ group: CompetencyGroup) -> String {
        switch group {
        case .managerial: self(.groupManagerial)
        case .special: self(.groupSpecial)
        case .personal: self(.groupPersonal)
        case .hard: self(.groupHard)
        case .soft: self(.groupSoft)
        }
    }

    /// The kind of a guide item: question, role-play, case, working day, group exercise.
    func itemType(_ item: GuideItem) -> String {
        switch item.content {
        case .question: self(.itemQuestion)
        case .rolePlay: self(.itemRolePlay)
        case .caseTask: self(.itemCase)
        case .workingDay: self(.itemWorkingDay)
        case .groupExercise: self(.itemGroupExercise)
        case .fact: self(.itemFact)
        }
    }

    /// What a screening fact is about.
    func screeningTopic(_ topic: ScreeningTopic) -> String {
        switch topic {
        case .managementExperience: self(.topicManagementExperience)
        case .schedule: self(.topicSchedule)
        case .onCall: self(.topicOnCall)
        case .travel: self(.topicTravel)
        case .workFormat: self(.topicWorkFormat)
        case .location: self(.topicLocation)
        case .noticePeriod: self(.topicNoticePeriod)
        case .startDate: self(.topicStartDate)
        case .testTask: self(.topicTestTask)
        case .salary: self(.topicSalary)
        case .references: self(.topicReferences)
        case .offer: self(.topicOffer)
        }
    }

    /// What a screening fact means: fits, knock-out, to discuss.
    func verdict(_ verdict: FactVerdict) -> String {
        switch verdict {
        case .pass: self(.verdictPass)
        case .fail: self(.verdictFail)
        case .discuss: self(.verdictDiscuss)
        }
    }
}
