import ArgumentParser
import OtborCore
import OtborStore

/// `otbor retention [--apply]`: candidates whose data is due for destruction (F21).
struct RetentionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention",
        abstract: "List candidates past their retention deadline or due within 7 days; --apply erases the overdue ones.",
        discussion: """
            A candidate's data must be destroyed 30 days after the first decision on them is recorded \
            (`otbor decide`) or after they withdraw consent (`otbor candidates withdraw-consent`), whichever \
            comes first (152-FZ art. 21). A deadline is overdue when today lies after it; on the day itself \
            it is due, not overdue. Candidates due within the next 7 days are listed too, with the days left.

            --apply erases every overdue candidate as `otbor candidates erase` does (the audit log keeps an \
            anonymous entry with the reason "retention") and prints the ids erased, not the names, so a log of \
            the run holds no personal data. --today sets the day to judge by (default: today); use it to \
            preview a future run (with --apply it may not lie in the future). Exit status 0 whether or not anyone is due.
            """)

    @Flag(name: .long, help: "Erase the candidates whose deadline has passed.")
    var apply = false

    @Option(name: .long, help: ArgumentHelp("The day to judge by (default today).", valueName: "yyyy-mm-dd"),
            transform: CalendarDate.parse(option: "--today"))
    var today: CalendarDate?

    @OptionGroup var options: CampaignWriteOptions

    /// `--today` previews; an erasure judges by the real day, so a future `--today` cannot erase
    /// candidates whose deadline has not come.
    func validate() throws {
        let real = CandidateInput.today()
        if apply, let today, today > real {
            throw ValidationError(options.wording(.applyFuture, ["today": today.description, "real": real.description]))
        }
    }

    func run() async throws {
        let day = today ?? CandidateInput.today()
        let store = try apply ? options.open() : options.openForReading()
        let review = try await store.retentionReview(today: day)
        let erased = apply ? try await store.eraseOverdue(today: day, actor: options.actor) : []
        if !erased.isEmpty {
            ErasureNotice.pending(try await store.scrubErasures(waiting: false), location: store.location, words: options.wording)
                .map(Printer.error)
        }
        switch options.format {
        case .json:
            try Printer.printJSON(RetentionReviewJSON(review: review, erased: apply ? erased : nil))
        case .text:
            Printer.print(text(review: review, erased: erased))
        }
    }

    private func text(review: RetentionReview, erased: [RetentionReview.Entry]) -> String {
        let words = options.wording
        let gone = Set(erased.map(\.candidateId))
        func table(_ entries: [RetentionReview.Entry]) -> String {
            var table = TextTable(words, [.id, .name, .destroyBy, .days, .becauseOf])
            for entry in entries {
                let event = entry.event.map { event in
                    words(event == .consentWithdrawn ? .consentWithdrawnEvent : .decisionOn, ["date": entry.eventDate.map(words.day) ?? "—"])
                }
                table.add([entry.candidateId.description, gone.contains(entry.candidateId) ? words(.erasedMark) : words.person(entry.name),
                           words.day(entry.destroyBy), words.daysLeft(entry.daysRemaining), event ?? words(.recordedDeadline)])
            }
            return table.render()
        }
        let today = words.day(review.today), window = words.count(review.window, .day)
        var lines: [String] = []
        if review.overdue.isEmpty {
            lines.append(words(.noneOverdue, ["date": today]))
        } else {
            lines.append(words(.overdueOn, ["date": today, "count": String(review.overdue.count)]))
            lines.append(table(review.overdue))
        }
        lines.append("")
        if review.dueSoon.isEmpty {
            lines.append(words(.noneDueSoon, ["days": window]))
        } else {
            lines.append(words(.dueSoon, ["days": window, "count": String(review.dueSoon.count)]))
            lines.append(table(review.dueSoon))
        }
        if apply {
            lines.append("")
            lines.append(erased.isEmpty ? words(.nothingToErase)
                : words(.erasedOverdue, ["candidates": words.count(erased.count, .candidate),
                                         "ids": erased.map(\.candidateId.description).joined(separator: ", ")]))
        } else if !review.overdue.isEmpty {
            lines.append("")
            lines.append(words(.runRetentionApply, ["candidates": words.count(review.overdue.count, .candidate)]))
        }
        return lines.joined(separator: "\n")
    }
}
