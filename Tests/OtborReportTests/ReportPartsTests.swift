import OtborCore
@testable import OtborReport
import OtborTestSupport
import Testing

/// The number format, file names, the stylesheet, the strings and the test parser (the escaping
/// writer is tested in OtborHTMLTests).
struct ReportPartsTests {
    @Test("fixed decimals with a decimal comma and a true minus in Russian, a point in English")
    func numbers() {
        let ru = NumberFormat(language: .ru), en = NumberFormat(language: .en)
        #expect(ru.fixed(4.1333, 2) == "4,13" && en.fixed(4.1333, 2) == "4.13")
        #expect(ru.fixed(-0.004, 2) == "0,00" && ru.fixed(-1.25, 1) == "\u{2212}1,3")
        #expect(en.fixed(78.333, 1) == "78.3" && en.fixed(0.0943, 3) == "0.094" && en.fixed(7, 0) == "7")
        #expect(en.fixed(.nan, 2) == "—" && en.fixed(.infinity, 2) == "—")
        #expect(NumberFormat.plain(-12.345) == "-12.35" && NumberFormat.plain(0.05, 0) == "0")
        #expect(ru.interval(72.1, 84.4, 1) == "[72,1; 84,4]" && en.interval(72.1, 84.4, 1) == "[72.1, 84.4]")
    }

    @Test("file names: the documented forms, distinct for distinct ids, safe for any id")
    func fileNames() {
        #expect(ReportFileName.candidate(id: "c-001") == "candidate-c-001.html")
        #expect(ReportFileName.comparison(profile: "ssm") == "compare-ssm.html")
        #expect(ReportFileName.raters(profile: "ssm") == "raters-ssm.html")
        #expect(ReportFileName.index == "index.html")
        #expect(ReportFileName.candidate(id: "a b") != ReportFileName.candidate(id: "a_b"))
        #expect(ReportFileName.candidate(id: "../x") == "candidate-_2E_2E_2Fx.html")
        let long = ReportFileName.candidate(id: String(repeating: "Я", count: 5000))
        #expect(long.count < 120 && ReportFileName.isLinkable(long))
        #expect(long != ReportFileName.candidate(id: String(repeating: "Я", count: 4999)))
        for bad in ["javascript:alert(1)", "../a.html", "/etc/a.html", "a b.html", "https://x.org/a.html", "a.htm", ".html"] {
            #expect(!ReportFileName.isLinkable(bad), "\(bad)")
        }
    }

    @Test("the stylesheet is plain text in HTML and XML alike, with A4 pages and print rules")
    func stylesheet() {
        let css = Stylesheet.css.description
        #expect(!css.contains("<") && !css.contains(">") && !css.contains("&"))
        #expect(css.contains("@page { size: A4; margin: 16mm 12mm 15mm;"))
        #expect(css.contains("@media print"))
        #expect(!css.contains("url(") && !css.contains("@import"))
    }

    @Test("the parser the tests rely on rejects markup that is not well-formed")
    func strictParser() {
        #expect(throws: (any Error).self) { try ParsedMarkup("<html><body><td></body></html>") }
        #expect(throws: (any Error).self) { try ParsedMarkup("<p>a &nbsp; b</p>") }
    }

    @Test("every phrase has a Russian and an English text")
    func phrases() {
        for phrase in ReportPhrase.allCases {
            #expect(!phrase.russian.isEmpty && !phrase.english.isEmpty, "\(phrase)")
        }
        #expect(ReportStrings(.en)[.decisionSupport] == "Decision support")
        #expect(ReportStrings(.ru)[.decisionSupport] == "Итоги для принятия решения")
    }
}
