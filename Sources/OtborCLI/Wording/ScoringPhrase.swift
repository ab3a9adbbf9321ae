/// The wording of the scoring commands: `score`, `compare`, `consensus`, `raters`, `fairness` and
/// `stats agreement`. Texts in `ScoringPhrase+Russian.swift` and `ScoringPhrase+English.swift`.
enum ScoringPhrase: String, ConsolePhrase {
    // Scorecard
    case scorecardTitle
    case stagesSubmitted
    case assessorsList
    case hurdlePassed
    case screeningNotRecommended
    case screeningDiscuss
    case screeningPassed
    case screenedOut
    case topicManagementExperience
    case topicSchedule
    case topicOnCall
    case topicTravel
    case topicWorkFormat
    case topicLocation
    case topicNoticePeriod
    case topicStartDate
    case topicTestTask
    case topicSalary
    case topicReferences
    case topicOffer
    case hurdleIncomplete
    case hurdleFailed
    case knockoutReason
    case criticalNotAssessed
    case statedTolerances
    case noScoreYet
    case scoreLine
    case byConsensus
    case scorecardLegend
    case assessorsDisagree
    case largestGaps
    case strengths
    case discNotTaken
    case discNotTakenTarget
    case discStyleLine
    case discTargetPart
    case discFitPart
    case discWeightZero

    // Ranking and consensus
    case noCandidatesFor
    case rankingTitle
    case tiedWithNext
    case notSeparable
    case passed
    case incomplete
    case failed
    case consensusRecorded
    case noDisagreements
    case disagreementLine
    case consensusValue
    case notSubmittedYet

    // Raters
    case noSubmittedSessions
    case raterAgreementTitle
    case stageRaters
    case alphaLine
    case alphaReliable
    case alphaTentative
    case alphaUnreliable
    case iccIncomplete
    case driftTitle
    case alarmAtSession
    case noAlarm

    // Adverse impact
    case notAStageOf
    case adverseImpactTitle
    case withoutGroup
    case notEnoughGroups
    case groupComparison
    case tooSmall
    case fairnessResult
    case noEvidence
    case inconclusive
    case adverseImpact

    // Agreement statistics
    case tableSize
    case iccTitle
    case modelICC1
    case modelICC2
    case modelICC3
    case modelICC1k
    case modelICC2k
    case modelICC3k
    case judgeEffect
    case iccNotComputed
    case alphaTitle
    case metricNominal
    case metricOrdinal
    case metricInterval
    case metricRatio
    case undefinedValues
    case noneReachesIt
    case ratersNeeded
    case cohenTitle
    case fleissLine
    case kappaUnweighted
    case kappaLinear
    case kappaQuadratic
    case kappaFleiss
    case kappaMissing
    case kappaFractional
    case kappaTooManyCategories
    case bandPoor
    case bandSlight
    case bandFair
    case bandModerate
    case bandSubstantial
    case bandAlmostPerfect
    case conflictOfInterestConsensus
    case conflictOfInterestInterview

    // Development plan
    case planTitle
    case planFromHire
    case planFromToday
    case planItem
    case planContext
    case planEvidence
    case planNote
    case planMoreNotes
    case planAction
    case planNoAction
    case planTarget
    case planCheck
    case planNoGaps
    case planDeferred
}
