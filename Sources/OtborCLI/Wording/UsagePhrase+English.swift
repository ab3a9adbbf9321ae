extension UsagePhrase {
    /// The phrase in English.
    var english: String {
        switch self {
        // Options
        case .notATimeZone: "--time-zone '{zone}' is not a time zone; give an IANA name such as Europe/Moscow, Asia/Yekaterinburg or UTC"
        case .notADate: "{option} '{text}' is not a date; use yyyy-mm-dd with a real day, such as 2026-03-01"
        case .toleranceRange: "--tolerance must be between 0 and 1, not {value}"
        case .bcryptCost: "--bcrypt-cost is between 4 and 31"
        case .portRange: "--port is between 0 and 65535"
        case .benchTooFewCandidates: "--candidates must be at least 100, not {count}"
        case .benchDatabase: "--database {value}: the bench runs on temporary SQLite files, or on PostgreSQL given a postgres://user@host:port/database URL"
        case .benchKeep: "--keep {path}: cannot create the folder ({reason})"
        case .benchHTTPBoardCount: "--http-boards must be 0 to 200, and with boards --http-assessors at least 2 (every candidate of a group sitting has two observers), not {boards} boards and {assessors} assessors"
        case .benchHTTPCounts: "--http-assessors must be 1 to 1000, --http-requests at least as many and --http-pause-ms 0 to 60000, not {assessors}, {requests} and {pause}"
        case .optionEmpty: "{option} is empty"
        // Passwords
        case .passwordInputEmpty: "standard input is empty; give the password on its first line"
        case .passwordNeedsTerminal: "give the password on standard input with --password-stdin, or run the command in a terminal"
        case .passwordPrompt: "New password for {login}: "
        case .passwordRepeat: "Repeat it: "
        case .passwordsDiffer: "the two passwords differ; nothing was changed"
        case .noPasswordTyped: "no password was typed"
        case .passwordEmpty: "the password is empty"
        case .passwordTooShort: "the password has {count} characters; it needs at least {minimum}"
        case .passwordTooLong: "the password is longer than {maximum} bytes; choose a shorter one"
        // Accounts
        case .loginLength: "a login has {minimum} to {maximum} characters; '{login}' has {count}"
        case .loginCharacters: "a login may hold only latin letters, digits, '.', '_' and '-'; '{login}' has others"
        case .loginFirstCharacter: "a login begins with a letter or a digit; '{login}' does not"
        case .accountNoName: "an account needs a display name"
        case .accountNameNotOneLine: "the display name must be on one line"
        // The workspace
        case .notAWorkspace: "{origin} {path} is not a workspace: it needs the folders Profiles/ and Interviews/"
        case .noWorkspace: "no workspace found in {folder} or any folder above it; run otbor inside a folder with Profiles/ and Interviews/, or pass --workspace DIR"
        // Fields
        case .fieldInFuture: "{field} {date} lies in the future; give the day it happened (today is {today})"
        case .fieldEmpty: "{field} is empty; leave it out instead"
        case .fieldRefused: "{field} is refused: {problem}"
        case .notAnEmailSigns: "{field} '{address}' is not an e-mail address ({signs} @ signs); use an address like name@example.com: one @, no spaces, a domain with a dot whose last part has at least 2 characters"
        case .notAnEmail: "{field} '{address}' is not an e-mail address; use an address like name@example.com: one @, no spaces, a domain with a dot whose last part has at least 2 characters"
        case .notAPhone: "{field} '{phone}' is not a phone number; use digits with an optional leading +, spaces, hyphens or parentheses (5 to 15 digits), such as +7 912 345-67-89"
        case .textEmpty: "it is empty"
        case .textInvisible: "it has no visible character (only marks, spaces or direction controls)"
        case .textControl: "it holds the control character {code} at line {line}, column {column}"
        case .textLineBreak: "it holds the control character {code} at line {line}, column {column}; give one line of text"
        case .textTooLong: "it is {length} long; the most is {limit}"
        // Commands
        case .eraseCandidateOrFinish: "give either the candidate to erase (an id or the full name) or --finish, which completes the scrub of earlier erasures"
        case .eraseNeedsYes: "standard input is not a terminal, so erasing needs --yes; nothing was erased"
        case .consensusTogether: "to record a consensus give --stage, --competency, --value and --rationale together"
        case .consensusValueRange: "--value must be a rating from 1 to 5 in steps of 0.5, not {value}"
        case .valueNeedsStage: "--value needs --stage and --competency"
        case .consensusNeedsRationale: "a consensus needs --rationale: say what evidence the panel agreed on"
        case .applyFuture: "--apply erases for real, so it judges by the real day: --today {today} lies in the future (today is {real}). Preview a future day with --today alone, without --apply."
        case .assessorEmpty: "--assessor is empty; give the name of the person who rates"
        case .candidateEmpty: "--candidate is empty; give the candidate's id or name (`otbor candidates list`)"
        case .groupTooFew: "--candidates needs at least two candidates separated by commas, such as 3,4,5; for one candidate use `otbor interview start`"
        case .groupRepeated: "--candidates names {names} more than once; list each candidate once"
        case .decisionNeedsReason: "--reason is empty; a decision needs the reason it rests on"
        case .discAccepted: "{problems}. Accepted: four integers that add up to 0, each from -{limit} to {limit} (--groups, at least 1)"
        case .discTooFewGroups: "the number of groups must be at least 1, not {count}"
        case .discOutsideRange: "{factor} = {value} lies outside ±{limit}"
        case .discSumNotZero: "the four values add up to {sum}, but a Graph III composite sums to 0"
        case .demoConsent: "the demo's consent date {date} is not a date"
        case .demoNoDisagreement: "the demo expected a flagged disagreement on {competency} in {stage} for {candidate}"
        // Files of `stats agreement`
        case .csvLineTooLong: "this line is longer than {bytes}; a line holds a label and one rating per assessor"
        case .noSuchFile: "no such file"
        case .fileIsAFolder: "this is a folder, not a CSV file"
        case .notUTF8: "the file is not valid UTF-8 text; save it as UTF-8"
        }
    }
}
