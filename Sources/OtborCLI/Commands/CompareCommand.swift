import ArgumentParser
import Foundation
import OtborCore
import OtborStore

/// `otbor compare`: every candidate of a profile, ranked.
struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Rank the candidates of a profile: hurdle first, then S with its 95 % interval.",
        discussion: """
            Candidates who pass the hurdle come first, then by S. For each pair of neighbours Otbor \
            gives P(A outranks B) by the normal approximation and, when both panels have at most five \
            assessors, by the exact bootstrap over assessors. Neighbours with P between 0.2 and 0.8 are \
            not separable: treat them as tied. DISC is shown as context and does not affect the order.
            """)

    @Option(name: .long, help: ArgumentHelp("The profile; optional when the database has one.", valueName: "profile"))
    var profile: String?

    @OptionGroup var scoring: EngineOptions

    @OptionGroup var options: CampaignReadOptions

    func run() async throws {
        let campaign = try options.campaign()
        let profileID = try await campaign.profileID(explicit: profile)
        let evidence = try await campaign.store.evidence(profile: profileID)
        let ranking = evidence.ranking(engine: scoring.engine)
        let people = Dictionary(uniqueKeysWithValues: evidence.map { ($0.candidate.id.description, $0) })
        let changes = campaign.contentChanges(evidence)
        switch options.format {
        case .json:
            try Printer.printJSON(RankingJSON(profile: profileID, ranking: ranking, people: people, contentChanges: changes))
        case .text:
            Printer.print(text(profileID: profileID, ranking: ranking, people: people))
            changes.forEach { Printer.error(options.wording(.noteLine, ["message": $0])) }
        }
    }

    private func text(profileID: String, ranking: Ranking, people: [String: CandidateEvidence]) -> String {
        let words = options.wording
        guard !ranking.entries.isEmpty else { return words(.noCandidatesFor, ["profile": profileID]) }
        func number(_ value: Double) -> String { words.number(value, 2) }
        var table = TextTable(words, [.rank, .candidate, .hurdle, .s, .interval95, .s100, .pNext, .pBootstrap, .blank])
        for (index, entry) in ranking.entries.enumerated() {
            let person = people[entry.candidate]!.candidate
            table.add([
                String(index + 1), "\(words.person(person.name)) (\(entry.candidate))", words.hurdle(entry.hurdle),
                entry.s.map(number) ?? "—",
                entry.ci95.map { number($0.lowerBound) + "–" + number($0.upperBound) } ?? "—",
                entry.s.map { words.number(CompositeScore.to100($0), 1) } ?? "—",
                entry.pOutranksNext.map { words.number($0, 3) } ?? "",
                entry.pBootstrapOutranksNext.map { words.number($0, 3) } ?? "",
                entry.pOutranksNext != nil && !entry.separableFromNext ? words(.tiedWithNext) : "",
            ])
        }
        var lines = [words(.rankingTitle, ["profile": profileID, "candidates": words.count(ranking.entries.count, .candidate)]), "",
                     table.render()]
        let groups = ranking.notSeparableGroups
        if !groups.isEmpty {
            lines.append("")
            lines.append(words(.notSeparable))
            for group in groups {
                lines.append("  " + group.map { "\(words.person(people[$0]!.candidate.name)) (\($0))" }.joined(separator: " ≈ "))
            }
        }
        return lines.joined(separator: "\n")
    }
}
