import Foundation
import OtborTestSupport
import Testing
@testable import OtborLoading

/// `otbor stats agreement` streams its file: a line over 64 KiB is refused at its number once the
/// count passes the limit, without reading the rest of it; a file over 4 MiB at the line being read
/// then; the chunks a file arrives in do not change what is read.
@Suite("Ratings CSV streaming")
struct RatingsCSVStreamTests {
    static let header = "name,A,B\nx,1,2\n"

    /// Feeds `total` bytes of `y` after `prefix` in chunks of 64 KiB; returns the error and the bytes fed until it.
    static func feedLongLine(prefix: String, total: Int) -> (RatingsCSV.ParseError?, Int) {
        var lines = CSVLines(), fed = 0
        do throws(RatingsCSV.ParseError) {
            try lines.add(Array(prefix.utf8)) { _, _ in }
            let chunk = [UInt8](repeating: UInt8(ascii: "y"), count: 64 << 10)
            while fed < total {
                fed += chunk.count
                try lines.add(chunk) { _, _ in }
            }
            try lines.finish { _, _ in }
            return (nil, fed)
        } catch {
            return (error, fed)
        }
    }

    @Test("a 20 MB line is refused at its number after its first 64 KiB, the rest unread")
    func longLineRefusedEarly() {
        let (error, fed) = Self.feedLongLine(prefix: Self.header, total: 20_000_000)
        #expect(error == RatingsCSV.ParseError(line: 3, .lineTooLong(limit: DataFile.csvLineByteLimit)))
        #expect(fed <= 2 * DataFile.csvLineByteLimit, "\(fed) bytes read before the refusal")
    }

    @Test("a file with a 20 MB line: refused at that line within a second, saying the limit")
    func longLineFile() throws {
        let folder = try TemporaryFolder("otbor-csv-stream")
        let file = folder.url.appendingPathComponent("wide.csv")
        var data = Data(Self.header.utf8)
        data.append(Data(repeating: UInt8(ascii: "y"), count: 20_000_000))
        data.append(Data(",1,2\nz,3,4\n".utf8))
        try data.write(to: file)
        data = Data()
        let start = Date()
        #expect(throws: RatingsCSV.ParseError(line: 3, .lineTooLong(limit: 65_536))) { try RatingsCSV.table(contentsOf: file) }
        #expect(Date().timeIntervalSince(start) < 1)
        #expect(RatingsCSVProblem.lineTooLong(limit: 65_536).description.hasPrefix("this line is longer than 65536 bytes"))
    }

    @Test("a file of short lines over 4 MiB is refused at the line that passes the limit")
    func fileOverLimit() throws {
        let folder = try TemporaryFolder("otbor-csv-stream")
        let file = folder.url.appendingPathComponent("long.csv")
        try Data(("name,A,B\n" + String(repeating: String(repeating: "x", count: 1_000) + ",1,2\n", count: 4_200)).utf8).write(to: file)
        // 9 header bytes, then rows of 1,005: byte 4,194,305 lies in row 4,174, line 4,175.
        #expect(throws: RatingsCSV.ParseError(line: 4_175, .fileTooLarge(limit: DataFile.csvByteLimit))) {
            try RatingsCSV.table(contentsOf: file)
        }
    }

    @Test("a line of exactly 64 KiB is read; bytes that are not UTF-8 are refused at their line")
    func edges() throws {
        let label = String(repeating: "x", count: DataFile.csvLineByteLimit - 4)
        let table = try RatingsCSV.table("name,A,B\n\(label),1,2\ny,3,4\n")
        #expect(table.candidates == [label, "y"])
        let folder = try TemporaryFolder("otbor-csv-stream")
        let file = folder.url.appendingPathComponent("latin1.csv")
        var data = Data("name,A,B\nx,1,2\n".utf8)
        data.append(contentsOf: [0x4A, 0xF6, 0x72, 0x67, 0x2C, 0x31, 0x2C, 0x32, 0x0A])
        try data.write(to: file)
        #expect(throws: RatingsCSV.ParseError(line: 3, .notUTF8)) { try RatingsCSV.table(contentsOf: file) }
    }

    @Test("chunks of one byte read the same lines as the whole text, CR LF split between chunks included",
          arguments: ["\u{FEFF}a;b\r\nc;\"d\r\ne\"\r\n\r\nf\rg\n", "name,A,B\nx,1,2", "\n\n\"q\"\"q\",1\r"])
    func chunking(_ text: String) throws {
        func lines(chunk: Int) throws(RatingsCSV.ParseError) -> [String] {
            var reader = CSVLines(), seen: [String] = []
            let bytes = Array(text.utf8)
            for start in stride(from: 0, to: bytes.count, by: chunk) {
                try reader.add(bytes[start..<min(start + chunk, bytes.count)]) { line, number in seen.append("\(number):\(line)") }
            }
            try reader.finish { line, number in seen.append("\(number):\(line)") }
            return seen
        }
        let whole = try lines(chunk: .max / 2), single = try lines(chunk: 1)
        #expect(single == whole)
        #expect(!whole.isEmpty && !whole[0].contains("\u{FEFF}"))
    }
}
