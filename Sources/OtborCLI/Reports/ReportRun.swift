import Foundation
import OtborCore
import OtborServices
import OtborReport
import OtborStore

/// Renders reports of the campaign into a folder and keeps what the index page shows: each
/// profile reported, with its evidence and the files written for it.
struct ReportRun {
    let assembler: ReportAssembler
    let folder: ReportFolder
    /// The terminal wording; the reports are written in its language.
    let words: ConsoleWording
    var language: ContentLanguage { words.language }
    /// Prints progress when there are many candidate reports.
    var progress: (String) -> Void = { Printer.error($0) }
    private(set) var written: [String] = []
    /// The profiles reported, in the order first reported.
    private var profiles: [ProfileReports] = []

    /// One profile's evidence and the names of its comparison and raters reports, when written.
    private struct ProfileReports {
        var profile: JobProfile
        var evidence: [CandidateEvidence]
        var comparison: String?
        var raters: String?
    }

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
            written.append(try folder.write(CandidateReport(input, language: language).render(), as: name))
            if evidence.count >= 20, (index + 1) % step == 0 || index + 1 == evidence.count {
                progress(words(.reportsRendered, ["done": String(index + 1), "total": String(evidence.count)]))
            }
        }
    }

    /// The comparison report of a profile; candidate links point to reports written in this run
    /// or already in the folder.
    mutating func comparison(profile: JobProfile, evidence: [CandidateEvidence]) async throws {
        let input = try await assembler.comparison(profile: profile, evidence: evidence, reportFile: candidateFile())
        let name = ReportFileName.comparison(profile: profile.id)
        written.append(try folder.write(ComparisonReport(input, language: language).render(), as: name))
        remember(profile, evidence) { $0.comparison = name }
    }

    mutating func raters(profile: JobProfile, evidence: [CandidateEvidence]) throws {
        let input = assembler.raters(profile: profile, evidence: evidence)
        let name = ReportFileName.raters(profile: profile.id)
        written.append(try folder.write(RatersReport(input, language: language).render(), as: name))
        remember(profile, evidence) { $0.raters = name }
    }

    /// The index page: a dashboard of every profile reported in this run, linking its reports.
    mutating func index(title: String) async throws {
        var dashboards: [IndexReportInput.Profile] = []
        for reports in profiles {
            dashboards.append(try await assembler.indexProfile(
                profile: reports.profile, evidence: reports.evidence, comparisonFile: reports.comparison, ratersFile: reports.raters,
                reportFile: candidateFile()))
        }
        let input = assembler.index(title: title, profiles: dashboards)
        written.append(try folder.write(IndexReport(input, language: language).render(), as: ReportFileName.index))
    }

    /// The name of a candidate's report when it was written in this run or is already in the folder.
    private func candidateFile() -> (String) -> String? {
        let files = Set(written.map { URL(fileURLWithPath: $0).lastPathComponent })
        let folder = folder
        return { id in
            let name = ReportFileName.candidate(id: id)
            let exists = files.contains(name) || FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(name).path)
            return exists ? name : nil
        }
    }

    /// Records that a report of `profile` was written, keeping the latest evidence.
    private mutating func remember(_ profile: JobProfile, _ evidence: [CandidateEvidence], _ update: (inout ProfileReports) -> Void) {
        if let index = profiles.firstIndex(where: { $0.profile.id == profile.id }) {
            profiles[index].profile = profile
            profiles[index].evidence = evidence
            update(&profiles[index])
        } else {
            var reports = ProfileReports(profile: profile, evidence: evidence)
            update(&reports)
            profiles.append(reports)
        }
    }
}
