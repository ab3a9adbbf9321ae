import Foundation

/// The line splitter behind ``RatingsCSV``: bytes arrive in chunks and leave as lines of text, so
/// no more than one line (at most ``DataFile/csvLineByteLimit`` bytes) and one chunk are ever held.
/// A line ends at LF, CRLF or a lone CR. A line over its limit is refused as soon as the count
/// passes it, the file over its byte limit at the line being read then, and bytes that are not
/// UTF-8 at their line.
struct CSVLines {
    /// Bytes of one line, without its end.
    var lineLimit = DataFile.csvLineByteLimit
    /// Bytes of the whole input.
    var byteLimit = DataFile.csvByteLimit

    private var line: [UInt8] = []
    private var number = 1
    private var total = 0
    private var afterCR = false

    init(lineLimit: Int = DataFile.csvLineByteLimit, byteLimit: Int = DataFile.csvByteLimit) {
        self.lineLimit = lineLimit
        self.byteLimit = byteLimit
    }

    /// Takes the next chunk and calls `body` with each line it completes and the line's 1-based number.
    mutating func add(_ chunk: some Collection<UInt8>,
                      _ body: (String, Int) throws(RatingsCSV.ParseError) -> Void) throws(RatingsCSV.ParseError) {
        let bytes = Array(chunk)
        var start = 0
        while start < bytes.count {
            if afterCR {
                afterCR = false
                if bytes[start] == UInt8(ascii: "\n") {
                    try count(1)
                    start += 1
                    continue
                }
            }
            // The run up to the next line end, found without touching the bytes one by one twice.
            let end = bytes[start...].firstIndex { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") } ?? bytes.count
            let run = end - start
            // The first byte over a limit decides which limit is named: the line's or the file's.
            let roomInLine = lineLimit - line.count, roomInFile = byteLimit - total
            if run > roomInLine && roomInLine < roomInFile {
                throw RatingsCSV.ParseError(line: number, .lineTooLong(limit: lineLimit))
            }
            try count(run)
            line.append(contentsOf: bytes[start..<end])
            start = end
            if end < bytes.count {
                try count(1)
                afterCR = bytes[end] == UInt8(ascii: "\r")
                start += 1
                try endLine(body)
            }
        }
    }

    /// Counts `bytes` more of the input; refuses the file when they pass its limit.
    private mutating func count(_ bytes: Int) throws(RatingsCSV.ParseError) {
        total += bytes
        if total > byteLimit { throw RatingsCSV.ParseError(line: number, .fileTooLarge(limit: byteLimit)) }
    }

    /// Ends the input: the last line, if it has no line end.
    mutating func finish(_ body: (String, Int) throws(RatingsCSV.ParseError) -> Void) throws(RatingsCSV.ParseError) {
        if !line.isEmpty { try endLine(body) }
    }

    private mutating func endLine(_ body: (String, Int) throws(RatingsCSV.ParseError) -> Void) throws(RatingsCSV.ParseError) {
        guard var text = String(validating: line, as: UTF8.self) else {
            throw RatingsCSV.ParseError(line: number, .notUTF8)
        }
        if number == 1, text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        line.removeAll(keepingCapacity: true)
        try body(text, number)
        number += 1
    }

    /// Reads the file at `url` in chunks of 64 KiB through `body`.
    static func read(_ url: URL, _ body: (String, Int) throws(RatingsCSV.ParseError) -> Void) throws(RatingsCSV.ParseError) {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw RatingsCSV.ParseError(line: 1, .unreadable(DataFile.reason(errno))) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var lines = CSVLines()
        while true {
            let chunk: Data?
            do { chunk = try handle.read(upToCount: 64 << 10) } catch {
                throw RatingsCSV.ParseError(line: lines.number, .unreadable(.other(error.localizedDescription)))
            }
            // Foundation answers nil, or empty data, at the end of the file.
            guard let chunk, !chunk.isEmpty else { break }
            try lines.add(chunk, body)
        }
        try lines.finish(body)
    }
}
