import Testing
import OtborCore
import OtborLoading

/// `RatingsCSV`: the CSV reader of `otbor stats agreement`, with the lines of its errors.
struct RatingsCSVTests {
    /// The Shrout & Fleiss (1979) matrix of F2.
    static let shroutFleiss: [[Double]] = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]

    @Test("a comma-separated table with a missing cell")
    func comma() throws {
        let table = try RatingsCSV.table("candidate,Anna,Boris,Vera\nC1,4,5,3\nC2,2,,3\nC3,5,4,5\n")
        #expect(table.labelHeader == "candidate")
        #expect(table.assessors == ["Anna", "Boris", "Vera"])
        #expect(table.candidates == ["C1", "C2", "C3"])
        #expect(table.ratings == [[4, 5, 3], [2, nil, 3], [5, 4, 5]])
        #expect(table.missingCount == 1)
        #expect(table.completeRatings == nil)
    }

    @Test("semicolons, quotes, CRLF, a BOM, blank rows, spaces and a decimal comma")
    func semicolon() throws {
        let text = "\u{FEFF}\"Кандидат\";\"Анна; старший\";Борис\r\n\r\n\"Иванов, И.\"; 4 ;3,5\r\n"
            + "\"Пётр \"\"Пит\"\"\";2;\"1\"\r\n;;\r\n"
        let table = try RatingsCSV.table(text)
        #expect(table.labelHeader == "Кандидат")
        #expect(table.assessors == ["Анна; старший", "Борис"])
        #expect(table.candidates == ["Иванов, И.", "Пётр \"Пит\""])
        #expect(table.ratings == [[4, 3.5], [2, 1]])
        #expect(table.completeRatings == [[4, 3.5], [2, 1]])
    }

    @Test("a quoted cell may span lines; later line numbers stay right")
    func multiline() {
        let text = "name,A,B\n\"two\nlines\",1,2\nx,1,2,3\n"
        #expect(throws: RatingsCSV.ParseError.self) { try RatingsCSV.table(text) }
        do {
            _ = try RatingsCSV.table(text)
        } catch {
            #expect(error.line == 4)
        }
    }

    @Test("bad files give the line and a clear message", arguments: [
        ("", 1, "the file is empty"),
        ("\n\n", 1, "the file is empty"),
        ("name,A\nx,1\ny,2\n", 1, "at least 2 are needed"),
        ("name,A,\nx,1,2\ny,2,3\n", 1, "column 3 of the header has no assessor name"),
        ("name,A,A\nx,1,2\ny,2,3\n", 1, "assessor 'A' appears twice"),
        ("name,A,B\nx,1,2\ny,2\n", 3, "this row has 2 cells but the header has 3"),
        ("name,A,B\nx,1,2\n\ny,2,3,4\n", 4, "this row has 4 cells"),
        ("name,A,B\nx,1,2\ny,2,good\n", 3, "the rating 'good' by 'B' is not a number"),
        ("name,A,B\nx,nan,2\ny,2,3\n", 2, "the rating 'nan' by 'A' is not a number"),
        ("name,A,B\nx,1e999,2\ny,2,3\n", 2, "is not a number"),
        ("name,A,B\nx,3,2\ny,1e200,3\n", 3, "the rating '1e200' by 'A' is too large: its square would overflow the statistics"),
        ("name,A,B\nx,3,5\n", 2, "the table has 1 candidate row(s); at least 2 are needed"),
        ("name,A,B\n", 1, "the table has 0 candidate row(s)"),
        ("name,A,B\nx,\"1,2\n", 2, "a quoted cell is never closed"),
        ("name,A,B\nx,\"1\"2,3\ny,1,2\n", 2, "unexpected text after the closing quote"),
    ])
    func errors(_ text: String, _ line: Int, _ message: String) {
        do {
            let table = try RatingsCSV.table(text)
            Issue.record("parsed \(table)")
        } catch {
            #expect(error.line == line)
            #expect(error.message.contains(message), "\(error.message)")
            #expect(error.description.hasPrefix("\(line): error: "))
        }
    }

    @Test("the F2 matrix as CSV")
    func shroutFleissCSV() throws {
        let csv = "target,J1,J2,J3,J4\n" + Self.shroutFleiss.enumerated().map { i, row in
            "T\(i + 1)," + row.map { String(Int($0)) }.joined(separator: ",")
        }.joined(separator: "\n")
        let table = try RatingsCSV.table(csv)
        #expect(table.completeRatings == Self.shroutFleiss)
        #expect(table.missingCount == 0)
    }
}
