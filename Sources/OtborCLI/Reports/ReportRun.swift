import Foundation
import OtborCore
import OtborServices
import OtborReport
import OtborStore

/// Renders reports of the campaign into a folder and keeps the list for the index page.
struct ReportRun {
    let assembler: ReportAssembler
    let folder: ReportFolder
    /// The terminal wording; the reports are written in its language.
    let words: ConsoleWording
    var language: ContentLanguage { words.language }
    /// Prints progress when there are many candidate reports.
    var progress: (String) -> Void = { Printer.error($0) }
    private(set) var written: [String] = []
    private var candidateLinks: [IndexReportInput.Link] = []
    private var comparisonLinks: [IndexReportInput.Link] = []
    private var raterLinks: [IndexReportInput.Link] = []

    init(assembler: ReportAssembler, folder: ReportFolder, words: ConsoleWording) {
        self.assembler = assembler
        self.folder = folder
        self.words = words
    }

    /// The candidate reports of `evidence`, with a progress line every tenth of a long run.
    mutating func candidates(_ evidence: [CandidateEvidence]) async throws {
        let step = max(1, evidence.count / 10)
        for (index, item) in evidence.enumerated() {
            let input = try await assembler.candidate(item)
            let name = ReportFileName.candidate(id: input.candidate.id)
            written.append(try folder.write(CandidateReport(input, language: language).render(), as: name, words: words))
            let note = item.sessions.isEmpty ? nil : words.count(Set(item.sessions.map(\.guide)).count, .stage)
            candidateLinks.append(.init(title: "\(item.candidate.name) · \(item.profile.title.text(in: language))", file: name, note: note))
            if evidence.count >= 20, (index + 1) % step == 0 || index + 1 == evidence.count {
                progress(words(.reportsRendered, ["done": String(index + 1), "total": String(evidence.count)]))
            }
        }
    }

    /// The comparison report of a profile; candidate links point to reports written in this run
    /// or already in the folder.
    mutating func comparison(profile: JobProfile, evidence: [CandidateEvidence]) async throws {
        let files = Set(written.map { URL(fileURLWithPath: $0).lastPathComponent })
        let folder = folder
        let input = try await assembler.comparison(profile: profile, evidence: evidence) { id in
            let name = ReportFileName.candidate(id: id)
            let exists = files.contains(name) || FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(name).path)
            return exists ? name : nil
        }
        let name = ReportFileName.comparison(profile: profile.id)
        written.append(try folder.write(ComparisonReport(input, language: language).render(), as: name, words: words))
        comparisonLinks.append(.init(title: profile.title.text(in: language), file: name,
                                     note: words.count(evidence.count, .candidate)))
    }

    mutating func raters(profile: JobProfile, evidence: [CandidateEvidence], library: ContentLibrary) throws {
        var input = assembler.raters(profile: profile, evidence: evidence)
        input.stageTitles = Dictionary(uniqueKeysWithValues: profile.process.compactMap { stage in
            library.guide(stage.guide).map { (stage.guide, $0.title) }
        })
        let name = ReportFileName.raters(profile: profile.id)
        written.append(try folder.write(RatersReport(input, language: language).render(), as: name, words: words))
        raterLinks.append(.init(title: profile.title.text(in: language), file: name))
    }

    /// The index page linking every report of this run.
    mutating func index(title: String) throws {
        let input = IndexReportInput(title: title, candidates: candidateLinks, comparisons: comparisonLinks,
                                     raters: raterLinks, generatedAt: assembler.generatedAt)
        written.append(try folder.write(IndexReport(input, language: language).render(), as: ReportFileName.index, words: words))
    }
}
