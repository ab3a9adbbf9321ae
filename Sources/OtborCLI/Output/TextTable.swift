/// A plain-text table with columns padded to the widest cell. Person text in a cell goes through
/// ``ConsoleWording/person(_:)``; the direction controls that isolate it take no column.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []

    init(_ header: [String]) {
        self.header = header
    }

    /// A table whose column headers are worded by the catalogue.
    init(_ words: ConsoleWording, _ columns: [ColumnPhrase]) {
        self.init(columns.map { words($0) })
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    func render() -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0.indices.contains(column) ? ConsoleWording.width($0[column]) : 0 }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - ConsoleWording.width(cell))
            }.joined(separator: "  ")
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
    }
}
