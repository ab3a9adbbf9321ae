import Foundation
import OtborTestSupport
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
        let output = try OtborProcess.run(["stats", "agreement", path, "--lang", "en"])
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
        let text = try OtborProcess.run(["stats", "agreement", url.path, "--lang", "en"])
        #expect(text.stdout.contains("Intraclass correlation: not computed"))
    }

    @Test("bad files exit 1 with FILE:LINE: error: on standard error, worded in the terminal's language", arguments: [
        ("name,A,B\nx,1,2\ny,2\nz,3,3\n", "en", "3: error: this row has 2 cells but the header has 3 cells"),
        ("name,A,B\nx,1,2\ny,2\nz,3,3\n", "ru", "3: error: в этой строке 2 ячейки, а в заголовке 3 ячейки"),
        ("name,A,B\nx,1,2\ny,2,high\n", "en", "3: error: the rating 'high' by 'B' is not a number"),
        ("name,A,B\nx,1,2\ny,2,high\n", "ru", "3: error: оценка «high» от «B» — не число"),
        ("name,A,\u{202E}B\nx,1,2\ny,2,high\n", "en", "3: error: the rating 'high' by '\\u{202E}B' is not a number"),
        ("name,A,B\nx,1,2\n", "en", "2: error: candidate rows in the table: 1; at least 2 are needed"),
        ("name,A,B\nx,1,2\n", "ru", "2: error: строк кандидатов в таблице: 1; нужно хотя бы 2"),
        ("name,A,A\nx,1,2\n", "ru", "1: error: асессор «A» назван в заголовке дважды"),
        ("name,A,B\nx,\"1,2\n", "ru", "2: error: ячейка в кавычках, открытая в этой строке, не закрыта"),
        ("", "en", "1: error: the file is empty"),
        ("", "ru", "1: error: файл пуст"),
    ])
    func badFile(_ text: String, _ language: String, _ message: String) throws {
        let url = try file(text)
        defer { remove(url) }
        let output = try OtborProcess.run(["stats", "agreement", url.path, "--lang", language])
        #expect(output.status == 1)
        #expect(output.stderr.contains("\(url.path):\(message)"), "\(output.stderr)")
        #expect(output.stdout.isEmpty)
    }

    @Test("a missing file exits 1; a missing argument is a usage error (exit 2)")
    func unreadable() throws {
        let missing = try OtborProcess.run(["stats", "agreement", "/nonexistent/ratings.csv"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/ratings.csv:1: error: нет такого файла"))
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
        let text = try OtborProcess.run(["stats", "agreement", url.path, "--lang", "en"])
        #expect(text.status == 0 && text.stdout.contains("— undefined"))
    }
}

/// κ, its Landis & Koch bands and the raters needed, after the existing output.
extension StatsCommandTests {
    /// F4's two interviewers on ten candidates.
    static let interviewers = "candidate,I1,I2\n" + zip([1, 2, 3, 3, 4, 4, 5, 5, 2, 3], [1, 2, 2, 3, 4, 5, 5, 4, 3, 3])
        .enumerated().map { "c\($0 + 1),\($1.0),\($1.1)" }.joined(separator: "\n") + "\n"

    @Test("two assessors: Cohen's κ unweighted, linear and quadratic with their bands, in JSON and text")
    func cohenKappa() throws {
        let url = try file(Self.interviewers)
        defer { remove(url) }
        let output = try OtborProcess.run(["stats", "agreement", url.path, "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try #require(try output.json() as? [String: Any])
        let kappa = try #require(json["kappa"] as? [String: Any])
        #expect(kappa["method"] as? String == "cohen" && kappa["categories"] as? [Int] == [1, 5])
        let values = try #require(kappa["values"] as? [String: Double])
        #expect(abs((values["unweighted"] ?? .nan) - 0.487179) < 1e-6)
        #expect(abs((values["linear"] ?? .nan) - 0.714286) < 1e-6)
        #expect(abs((values["quadratic"] ?? .nan) - 0.871795) < 1e-6)
        #expect(kappa["bands"] as? [String: String] == ["unweighted": "moderate", "linear": "substantial", "quadratic": "almost-perfect"])
        let text = try OtborProcess.run(["stats", "agreement", url.path, "--lang", "en"])
        let lines = text.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains("Cohen's κ (2 assessors, categories 1–5; bands of Landis & Koch 1977)"))
        #expect(lines.contains("unweighted  0.4872  moderate"))
        #expect(lines.contains("linear      0.7143  substantial"))
        #expect(lines.contains("quadratic   0.8718  almost perfect"))
    }

    @Test("F5: Fleiss' table as 14 assessors gives κ 0.209931, fair")
    func fleissKappa() throws {
        let counts = [[0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
                      [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7]]
        let rows = counts.enumerated().map { subject, row in
            "s\(subject + 1)," + row.enumerated().flatMap { Array(repeating: String($0 + 1), count: $1) }.joined(separator: ",")
        }
        let url = try file("subject," + (1...14).map { "R\($0)" }.joined(separator: ",") + "\n" + rows.joined(separator: "\n") + "\n")
        defer { remove(url) }
        let output = try OtborProcess.run(["stats", "agreement", url.path, "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try #require(try output.json() as? [String: Any])
        let kappa = try #require(json["kappa"] as? [String: Any])
        #expect(kappa["method"] as? String == "fleiss")
        #expect(abs(((kappa["values"] as? [String: Double])?["fleiss"] ?? .nan) - 0.209931) < 1e-6)
        #expect(kappa["bands"] as? [String: String] == ["fleiss": "fair"])
        let text = try OtborProcess.run(["stats", "agreement", url.path, "--lang", "en"])
        #expect(text.stdout.contains("Fleiss' κ (14 assessors, categories 1–5): 0.2099, fair (Landis & Koch 1977)"))
    }

    @Test("F2: raters needed for ICC(2,k) ≥ .75 is 8 and ≥ .90 is 23; Fleiss' κ of the table is −1/9, poor")
    func ratersNeeded() throws {
        let url = try file(Self.shroutFleiss)
        defer { remove(url) }
        let output = try OtborProcess.run(["stats", "agreement", url.path, "--format", "json"])
        let json = try #require(try output.json() as? [String: Any])
        #expect(json["ratersNeeded"] as? [String: Int] == ["0.75": 8, "0.90": 23])
        let kappa = try #require(json["kappa"] as? [String: Any])
        #expect(kappa["method"] as? String == "fleiss" && kappa["categories"] as? [Int] == [1, 10])
        #expect(abs(((kappa["values"] as? [String: Double])?["fleiss"] ?? .nan) + 1.0 / 9) < 1e-12)
        let text = try OtborProcess.run(["stats", "agreement", url.path, "--lang", "en"])
        #expect(text.stdout.contains("Raters needed for ICC(2,k) ≥ 0.75: 8; ≥ 0.90: 23 (Spearman–Brown from ICC(2,1) = 0.2898)"))
        #expect(text.stdout.contains("Fleiss' κ (4 assessors, categories 1–10): −0.1111, poor (Landis & Koch 1977)"))
    }

    @Test("κ is left out for a missing or a fractional rating, and says why")
    func kappaNotComputed() throws {
        let missing = try file("candidate;A;B;C\nx;4;5;3\ny;2;;3\nz;5;4;5\nw;1;2;1\n")
        let fractional = try file("c,A,B\nx,3.5,3\ny,2,4\n")
        defer { remove(missing); remove(fractional) }
        for (url, reason) in [(missing, "κ: not computed — it needs a complete table, and the table has 1 missing rating."),
                              (fractional, "κ: not computed — it reads ratings as categories and needs whole numbers.")] {
            let json = try #require(try OtborProcess.run(["stats", "agreement", url.path, "--format", "json"]).json() as? [String: Any])
            #expect(json["kappa"] == nil)
            #expect(try OtborProcess.run(["stats", "agreement", url.path, "--lang", "en"]).stdout.contains(reason))
        }
    }
}
