import Foundation
import Testing

/// `otbor stats agreement`, run as a process on CSV files.
struct StatsCommandTests {
    /// The Shrout & Fleiss (1979) matrix (F2) as the fixture holds it.
    static let shroutFleiss = """
        target,J1,J2,J3,J4
        1,9,2,5,8
        2,6,1,3,2
        3,8,4,6,8
        4,7,1,2,6
        5,10,5,6,9
        6,6,2,4,7

        """

    /// Writes `text` to a file in a fresh temporary folder.
    func file(_ text: String, named name: String = "ratings.csv") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("otbor-stats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    func remove(_ url: URL) {
        try? FileManager.default.removeItem(at: url.deletingLastPathComponent())
    }

    @Test("the F2 matrix: JSON ICC values and intervals match Shrout & Fleiss")
    func shroutFleissJSON() throws {
        let url = try file(Self.shroutFleiss)
        defer { remove(url) }
        let output = try OtborProcess.run(["stats", "agreement", url.path, "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try #require(try output.json() as? [String: Any])
        #expect(json["candidates"] as? Int == 6 && json["assessors"] as? Int == 4 && json["missing"] as? Int == 0)
        let icc = try #require(json["icc"] as? [String: [String: Any]])
        let expected: [String: (Double, Double, Double)] = [
            "ICC1": (0.165742, -0.1329, 0.7226), "ICC2": (0.289764, 0.0188, 0.7611),
            "ICC3": (0.714841, 0.3425, 0.9459), "ICC1k": (0.442797, -0.8844, 0.9124),
            "ICC2k": (0.620051, 0.0711, 0.9272), "ICC3k": (0.909316, 0.6757, 0.9859),
        ]
        #expect(Set(icc.keys) == Set(expected.keys))
        for (form, (value, lower, upper)) in expected {
            let entry = try #require(icc[form])
            let ci = try #require(entry["ci95"] as? [Double])
            #expect(abs((entry["value"] as? Double ?? .nan) - value) < 1e-6, "\(form)")
            #expect(ci.count == 2 && abs(ci[0] - lower) < 5e-4 && abs(ci[1] - upper) < 5e-4, "\(form) \(ci)")
        }
        let alpha = try #require(json["alpha"] as? [String: Double])
        #expect(Set(alpha.keys) == ["nominal", "ordinal", "interval", "ratio"])
    }

    @Test("the shipped fixture in text form shows the same numbers")
    func fixtureText() throws {
        let path = OtborProcess.repository.appendingPathComponent("Tests/Fixtures/ratings/shrout-fleiss.csv").path
        let output = try OtborProcess.run(["stats", "agreement", path])
        #expect(output.status == 0)
        #expect(output.stdout.contains("6 candidates × 4 assessors, 0 missing ratings"))
        for text in ["0.1657", "0.2898", "[0.0188, 0.7611]", "0.7148", "0.9093", "[0.6757, 0.9859]", "interval"] {
            #expect(output.stdout.contains(text), "\(text)")
        }
    }

    @Test("a missing cell: no icc key, alpha present")
    func missingCell() throws {
        let url = try file("candidate;A;B;C\nx;4;5;3\ny;2;;3\nz;5;4;5\nw;1;2;1\n")
        defer { remove(url) }
        let output = try OtborProcess.run(["stats", "agreement", url.path, "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try #require(try output.json() as? [String: Any])
        #expect(json["icc"] == nil)
        #expect(json["missing"] as? Int == 1)
        let alpha = try #require(json["alpha"] as? [String: Any])
        #expect(alpha["interval"] is Double && alpha["nominal"] is Double)
        let text = try OtborProcess.run(["stats", "agreement", url.path])
        #expect(text.stdout.contains("Intraclass correlation: not computed"))
    }

    @Test("bad files exit 1 with FILE:LINE: error: on standard error", arguments: [
        ("name,A,B\nx,1,2\ny,2\nz,3,3\n", "3: error: this row has 2 cells"),
        ("name,A,B\nx,1,2\ny,2,high\n", "3: error: the rating 'high' by 'B' is not a number"),
        ("name,A,B\nx,1,2\n", "2: error: the table has 1 candidate row(s)"),
        ("", "1: error: the file is empty"),
    ])
    func badFile(_ text: String, _ message: String) throws {
        let url = try file(text)
        defer { remove(url) }
        let output = try OtborProcess.run(["stats", "agreement", url.path])
        #expect(output.status == 1)
        #expect(output.stderr.contains("\(url.path):\(message)"), "\(output.stderr)")
        #expect(output.stdout.isEmpty)
    }

    @Test("a missing file exits 1; a missing argument is a usage error (exit 2)")
    func unreadable() throws {
        let missing = try OtborProcess.run(["stats", "agreement", "/nonexistent/ratings.csv"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/ratings.csv:1: error: no such file"))
        let usage = try OtborProcess.run(["stats", "agreement"])
        #expect(usage.status == 2)
    }
}

extension StatsCommandTests {
    @Test("ratings without variation give null values, not a crash")
    func constantTable() throws {
        let url = try file("c,A,B\nx,3,3\ny,3,3\n")
        defer { remove(url) }
        let output = try OtborProcess.run(["stats", "agreement", url.path, "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try #require(try output.json() as? [String: Any])
        let icc = try #require(json["icc"] as? [String: [String: Any]])
        #expect(icc["ICC2"]?["value"] is NSNull)
        #expect((json["alpha"] as? [String: Any])?["interval"] is NSNull)
        let text = try OtborProcess.run(["stats", "agreement", url.path])
        #expect(text.status == 0 && text.stdout.contains("— undefined"))
    }
}
