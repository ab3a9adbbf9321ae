import Foundation
import OtborTestSupport
import Testing

/// A campaign entered only through the command line: candidates added, a phone screen run in the
/// interview runner, a group exercise imported from a scoresheet, then scored and compared.
struct CLICampaignTests {
    @Test("score and compare --format json print the engine's scorecard and ranking for data entered through the CLI")
    func scoreAndCompareAfterCLIEntry() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("otbor-cli-campaign-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let common = ["--database", folder.appendingPathComponent("c.sqlite").path, "--workspace", OtborProcess.repository.path]
        func otbor(_ arguments: [String], input: [String]? = nil) throws -> OtborProcess.Output {
            let output = try input.map { try RunningOtbor.run(arguments + common, input: $0) } ?? OtborProcess.run(arguments + common)
            #expect(output.status == 0, "otbor \(arguments.joined(separator: " ")): \(output.stderr)")
            return output
        }
        _ = try otbor(["candidates", "add", "Анна Петрова", "--consent-date", "2026-11-01"])
        _ = try otbor(["candidates", "add", "Борис Орлов", "--consent-date", "2026-11-01"])
        // Seven manager-interview questions rated 5 with a note each, submit (the guide has no red flags).
        let keys = (0..<7).flatMap { ["5", "ответ \($0)"] } + ["y"]
        _ = try otbor(["interview", "start", "--candidate", "1", "--profile", "senior-support-manager",
                       "--stage", "manager-interview", "--assessor", "Ирина"], input: keys)
        _ = try otbor(["interview", "import",
                       OtborProcess.repository.appendingPathComponent("Tests/Fixtures/scoresheets/real-group-exercise.yaml").path])

        let score = try #require(try otbor(["score", "--candidate", "1", "--format", "json"]).json() as? [String: Any])
        let competencies = try #require(score["competencies"] as? [[String: Any]])
        let motivation = try #require(competencies.first { $0["id"] as? String == "non-material-motivation" })
        #expect(motivation["score"] as? Double == 5)
        #expect((motivation["stages"] as? [String: Double]) == ["manager-interview": 5])
        #expect((score["sessions"] as? [[String: Any]])?.map { $0["guide"] as? String } == ["manager-interview", "group-exercise"])
        #expect((score["score"] as? [String: Any])?["S"] as? Double != nil)

        let compare = try #require(try otbor(["compare", "--format", "json"]).json() as? [String: Any])
        let entries = try #require(compare["entries"] as? [[String: Any]])
        #expect(entries.compactMap { $0["name"] as? String } == ["Анна Петрова", "Борис Орлов"])
        // The group exercise rates only the senior profile's context requirements (leadership, proactivity,
        // learnability, multitasking, self-management): Boris has their scores but no S, so nothing to compare.
        #expect(entries[0]["S"] as? Double != nil && entries[1]["S"] as? Double == nil)
        #expect(entries[0]["pOutranksNext"] as? Double == nil)
    }
}
