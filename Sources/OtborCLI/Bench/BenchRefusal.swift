import Foundation
import OtborCore
import OtborLoading

/// The dearest input Otbor refuses, measured: a scoresheet just under the size limits whose every
/// line is an unknown step (it is parsed whole and each line gives a diagnostic), then one a byte
/// over the byte limit (refused unread), then a ratings CSV with a line of 1 GB (a sparse file:
/// refused after the line's first 64 KiB). Run first, so the process's peak memory after it is the
/// refusal's and not the campaign's.
struct BenchRefusal: Encodable {
    /// Bytes of the scoresheet parsed and refused.
    var bytes: Int
    /// Its diagnostics.
    var diagnostics: Int
    var seconds: Double
    /// Seconds to refuse the file over the byte limit.
    var oversizeSeconds: Double
    /// Seconds to refuse the ratings CSV with a 1 GB line.
    var csvLineSeconds: Double
    var peakMemoryMB: Double

    enum CodingKeys: String, CodingKey {
        case bytes, diagnostics
        case seconds = "refuse_s"
        case oversizeSeconds = "refuse_oversize_s"
        case csvLineSeconds = "refuse_csv_line_s"
        case peakMemoryMB = "peak_memory_mb"
    }

    /// Writes both files into `folder`, refuses them against `library`'s first guide, and removes them.
    static func measure(library: ContentLibrary, folder: URL) throws -> BenchRefusal {
        let profile = library.profiles.first?.id ?? "profile", guide = library.guides.first?.id ?? "guide"
        var text = "profile: \(profile)\nguide: \(guide)\nassessor: bench\nconducted: 2026-01-15\nsheets:\n  - candidate: 1\n    answers:\n"
        let line = "      unknown-step-" + String(repeating: "x", count: 150)
        for index in 0..<(DataFile.yamlNodeLimit - 10) { text += "\(line)-\(index): 3\n" }
        let dense = folder.appendingPathComponent("bench-refused.yaml"), oversize = folder.appendingPathComponent("bench-oversize.yaml")
        try Data(text.utf8).write(to: dense)
        try Data(count: DataFile.yamlByteLimit + 1).write(to: oversize)
        let wide = folder.appendingPathComponent("bench-wide.csv")
        FileManager.default.createFile(atPath: wide.path, contents: Data("name,A,B\n".utf8))
        let handle = try FileHandle(forWritingTo: wide)
        try handle.truncate(atOffset: 1 << 30)
        try handle.close()
        defer { [dense, oversize, wide].forEach { try? FileManager.default.removeItem(at: $0) } }
        text = ""
        var diagnostics = 0
        let seconds = BenchClock.time { diagnostics = ScoresheetLoader.load(contentsOf: dense, path: dense.path, library: library).diagnostics.count }
        let oversizeSeconds = BenchClock.time { _ = ScoresheetLoader.load(contentsOf: oversize, path: oversize.path, library: library) }
        let csvLineSeconds = BenchClock.time { _ = try? RatingsCSV.table(contentsOf: wide) }
        return BenchRefusal(bytes: size(dense), diagnostics: diagnostics, seconds: seconds, oversizeSeconds: oversizeSeconds,
                            csvLineSeconds: csvLineSeconds, peakMemoryMB: BenchClock.peakMemoryMB())
    }

    private static func size(_ url: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int) ?? 0
    }
}
