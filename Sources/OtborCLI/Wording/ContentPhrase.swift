/// The wording of the content commands (`profiles`, `guides`, `matrix`, `validate`), of `report`,
/// `demo` and `bench`, and the words for the kinds and levels of the content. Texts in
/// `ContentPhrase+Russian.swift` and `ContentPhrase+English.swift`.
enum ContentPhrase: String, ConsolePhrase {
    // Profiles
    case levelSpecialist
    case levelSenior
    case levelHead
    case holderSpecialist
    case holderManager
    case holderTeam
    case groupManagerial
    case groupSpecial
    case groupPersonal
    case groupHard
    case groupSoft
    case kpisTitle
    case kpiTarget
    case noTarget
    case functionsTitle
    case requirementsTitle
    case yes
    case discTarget
    case engagement
    case loyalty
    case energy
    case valuesLine
    case languageLine
    case languageDesirable
    case salaryLine
    case knockoutsTitle
    case processTitle
    case weightOf

    // Guides and the matrix
    case itemQuestion
    case itemRolePlay
    case itemCase
    case itemWorkingDay
    case itemGroupExercise
    case itemFact
    case minutesShort
    case ratesLine
    case seedSource
    case authored
    case checksLine
    case criterionLine
    case classifyLine
    case dayLine
    case dayTaskLine
    case atTime
    case allCovered
    case undercovered
    case validationSummary

    // Files and reports
    case reportsRendered
    case outIsAFile
    case pdfNoBrowser
    case pdfNoScratch
    case pdfNotWritten
    case pdfCannotStart
    case pdfTimeout
    case pdfFailed
    case cannotCreateFolder
    case cannotCreateFile
    case outIsAFolder
    case outFolderMissing
    case cannotCreateIn
    case standardOutput
    case cannotWriteFile
    case noBrowserOpener
    case cannotOpenReport
    case profileNowhere
    case nothingToReport

    // Demo
    case demoTitle
    case demoDatabase
    case demoCandidates
    case demoInterviews
    case demoDISC
    case demoConsensus
    case demoDecisions
    case demoReports
    case demoPDF
    case newDatabase
    case demoAdded
    case demoImported
    case demoTookDISC
    case demoRecorded
    case demoFiles
    case demoPrinted
    case demoOpen
    case demoExplore
    case demoConsole
    case demoNeedsProfile
    case demoNeedsScoresheets

    // Benchmark
    case benchTitle
    case benchCandidates
    case benchRatings
    case benchImport
    case benchRaw
    case benchImportShare
    case benchScoreRank
    case benchInMemory
    case benchCandidateReport
    case benchComparisonReport
    case benchAgreement
    case benchSaveMedian
    case benchSaveP99
    case benchPeakMemory
    case benchRefusal
    case benchHTTP
    case benchHTTPLost
}
