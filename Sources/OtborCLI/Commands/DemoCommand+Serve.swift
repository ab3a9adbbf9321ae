import Foundation
import OtborCore
import OtborServer
import OtborServices
import OtborStore

extension DemoCommand {
    /// `--serve`: the demo assessors' accounts, a live group sitting of three more candidates set
    /// up by the HR account, then the console on the demo database until Ctrl-C — the way to
    /// replay an assessment centre in the browser (README, "A group sitting in the browser").
    func serveLive(store: any CampaignStore, library: ContentLibrary, words: ConsoleWording) async throws {
        let hasher = PasswordHasher()
        for assessor in DemoCampaign.assessors {
            _ = try await store.addAccount(NewAccount(login: LoginName(assessor.login)!, displayName: assessor.name, role: .assessor),
                                           passwordHash: try await hasher.hash(DemoCampaign.consolePassword), actor: DemoCampaign.recorder)
        }
        var candidates: [CandidateID] = []
        for name in DemoCampaign.liveCandidates {
            candidates.append(try await store.addCandidate(NewCandidate(name: name, consentDate: CalendarDate("2026-11-02")!),
                                                           actor: DemoCampaign.recorder).id)
        }
        let assignment = GroupAssignment(candidates: candidates,
                                         observers: DemoCampaign.liveWatch.mapValues { $0.map { candidates[$0] } })
        let sitting = try await GroupSittingDesk(store: store, library: library)
            .open(guide: DemoCampaign.liveGuide, profile: DemoCampaign.profile, assignment: assignment, actor: DemoCampaign.consoleLogin)
        Printer.print("")
        Printer.print(words(.demoLiveSitting, ["candidates": DemoCampaign.liveCandidates.joined(separator: ", "),
                                               "logins": DemoCampaign.assessors.map(\.login).joined(separator: ", "),
                                               "password": DemoCampaign.consolePassword, "chair": DemoCampaign.consoleLogin]))
        // The reports are written: Ctrl-C now stops the console gracefully.
        PendingFiles.releaseSignals()
        try await ServeCommand.serve(store: store, library: library, host: "127.0.0.1", port: port, secureCookies: false, words: words) { address in
            Printer.print(words(.demoLiveBoard, ["address": address + "group-sittings/" + sitting.id]))
        }
    }
}
