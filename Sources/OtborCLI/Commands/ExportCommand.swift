import OtborCore
import ArgumentParser
import Foundation
import OtborStore

/// `otbor export --format json|csv`: every candidate's data for another tool or a data-subject request.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export candidates with every session, answer, consensus rating and decision, as JSON or CSV.",
        discussion: """
            json: one document {"format", "exportedAt", "candidates": […]}; each candidate has their fields, \
            DISC and applications, each application its sessions (guide, assessor, status, times) with \
            ratings (score, null when not assessed), checklist ticks, classifications, recorded facts (option, or \
            amount for salary), working-day plans and red flags, then consensus ratings and decisions. Format \
            otbor-export/2: facts have their own key (in otbor-export/1 they were listed under classifications).

            csv: one row per answer: candidate id, candidate name, profile, guide, assessor, session status, \
            step, value, note, answered at (RFC 4180, UTF-8, CRLF). A cell that begins with =, +, -, @, a \
            tab or a carriage return gets a leading apostrophe so that a spreadsheet shows it as text \
            instead of running it as a formula. Candidates without answers have no rows; use json for them.

            The export holds personal data: with --out the file is created with mode 0600 (readable by you \
            only) and appears only once complete; without --out it goes to standard output. Candidates are \
            read one at a time from one consistent snapshot of the database.
            """)

    /// Export formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv
    }

    @Option(name: .long, help: "The format: json or csv.")
    var format: Format

    @Option(name: .long, help: ArgumentHelp("Write to this file (mode 0600) instead of standard output.", valueName: "file"))
    var out: String?

    @Option(name: .long, help: CandidateArgument.help("Export only this candidate"))
    var candidate: String?

    @OptionGroup var language: LanguageOptions
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var database: StoreOptions

    func run() async throws {
        let store = try database.openForReading(workspace: workspace)
        var only: CandidateID?
        if let candidate { only = try await store.candidate(candidate).id }
        let words = language.wording
        let sink = try out.map { try PrivateFileSink(path: $0, words: words) } ?? PrivateFileSink(words: words)
        var candidates = 0, rows = 0
        do {
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                try sink.write("{\n  \"candidates\" : [")
                try await store.forEachDossier(candidate: only) { dossier in
                    let json = String(decoding: try encoder.encode(DossierJSON(dossier: dossier)), as: UTF8.self)
                    let indented = json.split(separator: "\n", omittingEmptySubsequences: false)
                        .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
                    try sink.write((candidates == 0 ? "\n" : ",\n") + indented)
                    candidates += 1
                }
                let stamp = StoreTime.format(Date())
                try sink.write("\(candidates == 0 ? "" : "\n  ")],\n  \"exportedAt\" : \"\(stamp)\",\n  \"format\" : \"otbor-export/2\"\n}\n")
            case .csv:
                try sink.write(CSVWriter.row(ExportCSV.header))
                try await store.forEachDossier(candidate: only) { dossier in
                    for row in ExportCSV.rows(dossier) {
                        try sink.write(CSVWriter.row(row))
                        rows += 1
                    }
                    candidates += 1
                }
            }
            try sink.finish()
        } catch {
            sink.discard()
            throw error
        }
        if let out {
            let what = words.count(candidates, .candidate) + (format == .csv ? ", " + words.count(rows, .answerRow) : "")
            Printer.error(words(.exportWritten, ["what": what, "file": out]))
        }
    }
}
