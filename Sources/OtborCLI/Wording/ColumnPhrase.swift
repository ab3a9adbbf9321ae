/// The column headers of the terminal's tables. Texts in `ColumnPhrase+Russian.swift` and
/// `ColumnPhrase+English.swift`.
enum ColumnPhrase: String, ConsolePhrase {
    // People and sessions
    case id
    case name
    case source
    case consent
    case applicationsStagesDone
    case retentionDeadline
    case candidate
    case profile
    case guide
    case session
    case sessions
    case assessor
    case status
    case answers
    case answered
    case unanswered
    case redFlags
    case time
    case started
    case updated
    case destroyBy
    case days
    case becauseOf

    // Content
    case code
    case title
    case kind
    case minutes
    case items
    case level
    case competencies
    case competency
    case stages
    case weight
    case critical

    // Scores and statistics
    case rank
    case hurdle
    case s
    case interval95
    case s100
    case pNext
    case pBootstrap
    case blank
    case score
    case gap
    case count
    case shift
    case tStatistic
    case pValue
    case flag
    case slope
    case cusumAlarm
    case group
    case selected
    case assessed
    case rate
    case impactRatio
    case form
    case value
    case model
    case metric
    case alpha
    case weighting
    case kappa
    case band
    case figure
    case tenth
    case n
    case growth
}
