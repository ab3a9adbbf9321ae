import Foundation
import OtborTestSupport
import Testing

/// `otbor candidates erase` while another process reads the database in an open transaction, as
/// `otbor export --format json | less` does while the pager waits: the erasure returns at once,
/// names the reader, holds up no other writer, and the text is gone once the reader ends.
@Suite("Erase under a reader", .serialized)
struct EraseUnderReaderTests {
    static let erased = ["Зиновий", "Эрастович", "zinovy.erastovich", "ПРИМЕТНАЯ-ЗАМЕТКА-7731"]

    @Test("candidates erase with a reader open: returns at once naming the reader's process, another assessor's answers are saved meanwhile, --finish completes the scrub once it ends")
    func eraseUnderReader() throws {
        let root = try PrivacyTests.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let database = root.appendingPathComponent("campaign.sqlite").path
        let db = ["--database", database, "--wait", "5", "--lang", "en"] + PrivacyTests.workspace
        func otbor(_ arguments: [String], input: [String] = []) throws -> (OtborProcess.Output, TimeInterval) {
            let start = Date()
            let output = try BatchOtbor.run(arguments + db, input: input, scratch: root, timeout: 60)
            return (output, Date().timeIntervalSince(start))
        }
        for (name, email, notes) in [("Зиновий Эрастович", "zinovy.erastovich@example.org", "ПРИМЕТНАЯ-ЗАМЕТКА-7731"),
                                     ("Ольга Смирнова", "olga.smirnova@example.org", "ОСТАЁТСЯ-4242")] {
            let (added, _) = try otbor(["candidates", "add", name, "--email", email, "--notes", notes, "--consent-date", "2025-01-10"])
            #expect(added.status == 0, "\(added.stderr)")
        }

        let reader = try ReadHolder(path: database)
        let (erase, erasing) = try otbor(["candidates", "erase", "1", "--yes"])
        #expect(erase.status == 0 && erase.stdout.contains("candidate 1 erased"), "\(erase.stderr)")
        #expect(erasing < 4, "the erasure took \(erasing) s: it waited for the reader")
        #expect(erase.stderr.contains("processes \(getpid()) began reading before the erasure"), "\(erase.stderr)")
        #expect(erase.stderr.contains("otbor candidates erase --finish"), "\(erase.stderr)")

        let steps = RunnerFixture.guide("manager-interview").steps
        let (interview, interviewing) = try otbor(
            ["interview", "start", "--candidate", "2", "--profile", "senior-support-manager", "--stage", "manager-interview", "--assessor", "hr3"],
            input: steps.indices.flatMap { [String($0 % 5 + 1), "заметка \($0)"] } + ["y"])
        #expect(interview.status == 0 && interview.stdout.contains("Submitted session"), "\(interview.stderr)")
        #expect(interviewing < 10, "the next writer waited \(interviewing) s")
        let (early, _) = try otbor(["candidates", "erase", "--finish", "--wait", "0.5"])
        #expect(early.status == 1 && early.stderr.contains("processes \(getpid())"), "\(early.stdout) \(early.stderr)")

        try reader.release()
        let (finish, _) = try otbor(["candidates", "erase", "--finish"])
        #expect(finish.status == 0 && finish.stdout.contains("nothing erased is left in \(database)"), "\(finish.stderr)")
        let bytes = try PrivacyTests.bytes(database)
        for secret in Self.erased {
            #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(secret) is still in the database files")
        }
        #expect(bytes.range(of: Data("ОСТАЁТСЯ-4242".utf8)) != nil)
        let probe = try DatabaseProbe(path: database)
        #expect(try probe.integers("SELECT count(*) FROM rating WHERE note LIKE 'заметка %'") == [Int64(steps.count)])
    }

    @Test("erase takes either a candidate or --finish")
    func candidateOrFinish() throws {
        let root = try PrivacyTests.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        for arguments in [["candidates", "erase", "--yes"], ["candidates", "erase", "1", "--finish"]] {
            let output = try BatchOtbor.run(arguments + ["--lang", "en"], scratch: root)
            #expect(output.status == 2 && output.stderr.contains("give either the candidate to erase"), "\(arguments): \(output.stderr)")
        }
    }
}
