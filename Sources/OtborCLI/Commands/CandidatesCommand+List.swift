import ArgumentParser
import OtborCore
import OtborStore

extension CandidatesCommand {
    /// `otbor candidates list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every candidate with their applications, stages done and retention deadline.",
            discussion: """
                Stages done counts the stages of the profile's process with at least one submitted session. \
                The retention deadline is shown with the days left (or how long it is overdue). With \
                --format json the list is an array of candidate records with applications and daysLeft.
                """)

        @OptionGroup var output: OutputOptions

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var database: StoreOptions

        func run() async throws {
            // No database yet is no candidates yet: listing creates nothing.
            let overviews = database.exists(workspace: workspace) ? try await database.openForReading(workspace: workspace).candidateOverviews() : []
            let today = CandidateInput.today()
            let words = output.wording
            switch output.format {
            case .json:
                try Printer.printJSON(overviews.map { CandidateJSON(candidate: $0.candidate, applications: $0.applications, today: today) })
            case .text:
                guard !overviews.isEmpty else {
                    Printer.print(words(.noCandidatesYet))
                    return
                }
                var table = TextTable(words, [.id, .name, .source, .consent, .applicationsStagesDone, .retentionDeadline])
                for overview in overviews {
                    let person = overview.candidate
                    let consent = person.consentWithdrawn.map { words(.consentWithdrawnOn, ["date": words.day($0)]) }
                        ?? words.day(person.consentDate)
                    let applications = overview.applications.map { "\($0.profile) \($0.stagesDone)/\($0.stagesPlanned)" }
                    table.add([person.id.description, words.person(person.name), person.source.map(words.person) ?? "—", consent,
                               applications.isEmpty ? "—" : applications.joined(separator: ", "),
                               Self.deadline(person.retentionDeadline, today: today, words: words)])
                }
                Printer.print(table.render())
            }
        }

        /// `1 April 2026 (12 days left)`, `1 April 2026 (overdue by 3 days)` or `—`.
        static func deadline(_ date: CalendarDate?, today: CalendarDate, words: ConsoleWording) -> String {
            guard let date else { return "—" }
            return "\(words.day(date)) (\(words.daysLeft(date.days(since: today))))"
        }
    }
}
