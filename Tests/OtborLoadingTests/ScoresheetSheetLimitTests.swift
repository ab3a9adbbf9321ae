import Foundation
import OtborCore
import Testing
@testable import OtborLoading

/// A scoresheet holds at most ``Scoresheet/sheetLimit`` sheets: one with more is refused at the
/// first sheet past the limit, and none of its sheets is read.
@Suite("Scoresheet sheet limit")
struct ScoresheetSheetLimitTests {
    @Test("a scoresheet of 1,001 sheets is refused at sheet 1,001 with none read; one of 1,000 is read")
    func sheetLimit() {
        let over = ScoresheetLoader.parse(Data(ScoresheetLoaderTests.groupSheet(Array(repeating: "1", count: 1_001)).utf8),
                                          path: "sheet.yaml", library: ScoresheetLoaderTests.shipped)
        // Five lines of header, then two lines a sheet: sheet 1,001 starts on line 6 + 2 × 1,000.
        #expect(over.diagnostics.map(\.description) == [
            "sheet.yaml:2006:5: error: a scoresheet holds at most 1000 sheets, this one 1001; split it into several files",
        ])
        #expect(over.scoresheet == nil && over.candidates.isEmpty)
        let within = ScoresheetLoader.parse(Data(ScoresheetLoaderTests.groupSheet(Array(repeating: "1", count: 1_000)).utf8),
                                            path: "sheet.yaml", library: ScoresheetLoaderTests.shipped)
        #expect(!within.diagnostics.hasErrors, "\(within.diagnostics.prefix(3))")
        #expect(within.scoresheet?.sheets.count == 1_000)
    }

    @Test("a flow list of 15,000 sheets is refused within five seconds, at sheet 1,001")
    func denseFlowList() {
        let yaml = "profile: senior-support-manager\nguide: group-exercise\nassessor: A\nsheets: ["
            + Array(repeating: "{candidate: 1}", count: 15_000).joined(separator: ", ") + "]\n"
        let start = Date()
        let result = ScoresheetLoader.parse(Data(yaml.utf8), path: "sheet.yaml", library: ScoresheetLoaderTests.shipped)
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(result.diagnostics.count == 1, "\(result.diagnostics.prefix(2))")
        #expect(result.diagnostics.first?.message.contains("at most 1000 sheets, this one 15000") == true)
    }
}
