import Foundation
import OtborCore
import OtborServices

extension DemoCommand {
    /// Writes sample letters into `letters/` of the output folder through the same service as
    /// `otbor letter`: for each rejected candidate a screening rejection when a screening condition
    /// stopped them before the interviews, else a rejection with feedback; and an invitation to the
    /// first visit of the process for the candidate to advance. Prints each path; nothing when the
    /// workspace has no letters file.
    func writeLetters(campaign: Campaign, ids: [String: CandidateID], folder: URL, words: ConsoleWording) async throws {
        guard campaign.library.letters != nil else { return }
        let letters = folder.appendingPathComponent("letters", isDirectory: true)
        try FileManager.default.createDirectory(at: letters, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        var written: [(LetterKind, String)] = []
        func write(_ kind: LetterKind, _ name: String, visit: String? = nil) async throws {
            let person = try await campaign.store.candidate("id:\(ids[name]!)")
            let letter = try await campaign.letter(kind, candidate: person, profile: DemoCampaign.profile, visit: visit,
                                                   engine: ScoringEngine())
            let path = letters.appendingPathComponent("\(person.id)-\(kind.rawValue).txt").path
            let sink = try PrivateFileSink(path: path, words: words)
            try await campaign.recordLetter(letter, actor: DemoCampaign.recorder)
            try sink.write(LetterCommand.text(letter.filled(in: words.language), words: words) + "\n")
            try sink.finish()
            written.append((kind, path))
        }
        for decision in DemoCampaign.decisions where decision.decision == .reject {
            let id = ids[decision.candidate]!
            let evidence = try await campaign.store.evidence(profile: DemoCampaign.profile, candidate: id).first
            let screenedOut = evidence.map { $0.screening.isKnockedOut && $0.sessions.allSatisfy { $0.stageKind == .phone } } ?? false
            try await write(screenedOut ? .screeningRejection : .rejection, decision.candidate)
        }
        if let advance = DemoCampaign.decisions.first(where: { $0.decision == .advance }),
           let profile = campaign.library.profile(DemoCampaign.profile),
           let first = LetterVisit.all(of: profile, in: campaign.library).first {
            try await write(.invitation, advance.candidate, visit: first.id)
        }
        Printer.print(words(.demoLetters))
        for (kind, path) in written { Printer.print(words(.demoLetter, ["kind": kind.rawValue, "path": path])) }
    }
}
