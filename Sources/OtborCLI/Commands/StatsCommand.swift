import ArgumentParser
import Foundation
import OtborCore
import OtborLoading

/// `otbor stats agreement FILE.csv`: statistics on a ratings table outside the workspace.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Statistics on ratings tables: inter-rater agreement.",
        subcommands: [Agreement.self])

    struct Agreement: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "ICC (six Shrout–Fleiss forms, 95 % CI) and Krippendorff's α of a ratings table.",
            discussion: """
                FILE.csv has a header row of assessor names (its first cell heads the label column), then one \
                row per candidate: a label and one rating per assessor. An empty cell is a missing rating. \
                Cells are separated by ',' or ';' and may be quoted. ICC needs a complete table and is left \
                out when a rating is missing; α (nominal, ordinal, interval, ratio) uses every candidate \
                with at least two ratings. A file that cannot be read is reported as FILE:LINE: error: … \
                and exits 1.
                """)

        @Argument(help: ArgumentHelp("The ratings table.", valueName: "file.csv"))
        var file: String

        @Option(name: .long, help: "Output format: text or json.")
        var format: OutputOptions.Format = .text

        func run() throws {
            let table = try readTable()
            let report = AgreementReport(table: table)
            switch format {
            case .json: try Printer.printJSON(AgreementJSON(report: report))
            case .text: Printer.print(report.text(file: file))
            }
        }

        /// The parsed table, or the problem on standard error and exit 1.
        private func readTable() throws -> RatingsTable {
            func fail(_ line: Int, _ message: String) -> ExitCode {
                Printer.error("\(file):\(line): error: \(message)")
                return ExitCode(ExitStatus.findings)
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder) else {
                throw fail(1, "no such file")
            }
            guard !isFolder.boolValue else { throw fail(1, "this is a folder, not a CSV file") }
            guard let data = FileManager.default.contents(atPath: file) else {
                throw fail(1, "cannot read the file")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                let lossy = String(decoding: data, as: UTF8.self)
                let prefix = lossy.unicodeScalars.prefix { $0 != "\u{FFFD}" }
                throw fail(1 + prefix.filter { $0 == "\n" }.count, "the file is not valid UTF-8 text; save it as UTF-8")
            }
            do {
                return try RatingsCSV.table(text)
            } catch {
                throw fail(error.line, error.message)
            }
        }
    }
}

/// The statistics `stats agreement` prints.
struct AgreementReport {
    var table: RatingsTable
    var icc: IntraclassCorrelation?
    var alpha: KrippendorffAlpha

    init(table: RatingsTable) {
        self.table = table
        icc = table.completeRatings.flatMap { try? IntraclassCorrelation($0) }
        alpha = KrippendorffAlpha(units: table.ratings)
    }

    static let models: [IntraclassCorrelation.Form: String] = [
        .icc1: "one-way random, single rating",
        .icc2: "two-way random, absolute agreement, single rating",
        .icc3: "two-way mixed, consistency, single rating",
        .icc1k: "one-way random, mean of k ratings",
        .icc2k: "two-way random, absolute agreement, mean of k ratings",
        .icc3k: "two-way mixed, consistency, mean of k ratings",
    ]

    func text(file: String) -> String {
        let missing = table.missingCount
        var lines = ["\(file): \(table.candidates.count) candidates × \(table.assessors.count) assessors, "
            + "\(missing) missing rating\(missing == 1 ? "" : "s")", ""]
        if let icc {
            lines.append("Intraclass correlation (Shrout & Fleiss 1979), k = \(icc.judges)")
            var rows = TextTable(["FORM", "VALUE", "95 % CI", "MODEL"])
            for form in IntraclassCorrelation.Form.allCases {
                let estimate = icc.estimate(form)
                rows.add([form.rawValue, Self.number(estimate.value),
                          "[\(Self.number(estimate.lower)), \(Self.number(estimate.upper))]", Self.models[form] ?? ""])
            }
            lines.append(rows.render())
            let judge = icc.judgeEffect
            lines.append("Judge effect: F(\(CompactNumber.format(judge.numeratorDF)), "
                + "\(CompactNumber.format(judge.denominatorDF))) = \(Self.number(judge.statistic)), "
                + "p = \(judge.p.isFinite ? String(format: "%.3g", judge.p) : "—")")
        } else {
            lines.append("Intraclass correlation: not computed — it needs a complete table and "
                + "\(missing) rating\(missing == 1 ? " is" : "s are") missing; use α below.")
        }
        lines.append("")
        lines.append("Krippendorff's α (\(alpha.pairableUnits) candidates with 2 or more ratings)")
        var rows = TextTable(["METRIC", "ALPHA"])
        for metric in KrippendorffAlpha.Metric.allCases {
            rows.add([metric.rawValue, Self.number(alpha.alpha(metric))])
        }
        lines.append(rows.render())
        if hasUndefinedValue {
            lines.append("\n— undefined: the ratings do not vary enough")
        }
        return lines.joined(separator: "\n")
    }

    /// `true` when some statistic is undefined (printed as "—").
    var hasUndefinedValue: Bool {
        let iccNumbers = icc.map { icc in
            IntraclassCorrelation.Form.allCases.flatMap { form -> [Double] in
                let estimate = icc.estimate(form)
                return [estimate.value, estimate.lower, estimate.upper]
            } + [icc.judgeEffect.statistic]
        } ?? []
        let alphas = KrippendorffAlpha.Metric.allCases.map { alpha.alpha($0) }
        return (iccNumbers + alphas).contains { !$0.isFinite }
    }

    /// Four decimals, or "—" for an undefined value.
    static func number(_ value: Double) -> String {
        value.isFinite ? String(format: "%.4f", value) : "—"
    }
}

/// The JSON shape of `otbor stats agreement --format json`; undefined values are `null`.
struct AgreementJSON: Encodable {
    struct Estimate: Encodable {
        var value: Double?
        var ci95: [Double?]

        /// `value` is written as `null` when undefined, not left out.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(value, forKey: .value)
            try container.encode(ci95, forKey: .ci95)
        }

        private enum CodingKeys: String, CodingKey { case value, ci95 }
    }

    var candidates: Int
    var assessors: Int
    var missing: Int
    /// Omitted when a rating is missing.
    var icc: [String: Estimate]?
    var alpha: [String: Double?]

    init(report: AgreementReport) {
        func finite(_ value: Double) -> Double? { value.isFinite ? value : nil }
        candidates = report.table.candidates.count
        assessors = report.table.assessors.count
        missing = report.table.missingCount
        icc = report.icc.map { icc in
            Dictionary(uniqueKeysWithValues: IntraclassCorrelation.Form.allCases.map { form in
                let estimate = icc.estimate(form)
                return (form.rawValue, Estimate(value: finite(estimate.value),
                                                ci95: [finite(estimate.lower), finite(estimate.upper)]))
            })
        }
        alpha = Dictionary(uniqueKeysWithValues: KrippendorffAlpha.Metric.allCases.map {
            ($0.rawValue, finite(report.alpha.alpha($0)))
        })
    }
}
