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
            abstract: "ICC (six Shrout–Fleiss forms, 95 % CI), Krippendorff's α and κ of a ratings table.",
            discussion: """
                FILE.csv has a header row of assessor names (its first cell heads the label column), then one \
                row per candidate: a label and one rating per assessor. An empty cell is a missing rating. \
                Cells are separated by ',' or ';' and may be quoted. ICC needs a complete table and is left \
                out when a rating is missing; α (nominal, ordinal, interval, ratio) uses every candidate \
                with at least two ratings. With ICC come the raters needed for ICC(2,k) ≥ 0.75 and ≥ 0.90. \
                κ reads whole-number ratings of a complete table as categories: Cohen's κ (unweighted, \
                linear, quadratic) for exactly two assessors, Fleiss' κ for three or more, each with its \
                Landis & Koch band. A file that cannot be read is reported as FILE:LINE: error: … \
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
    var kappa: Result<TableKappa, TableKappa.Unavailable>

    init(table: RatingsTable) {
        self.table = table
        icc = table.completeRatings.flatMap { try? IntraclassCorrelation($0) }
        alpha = KrippendorffAlpha(units: table.ratings)
        kappa = Result { () throws(TableKappa.Unavailable) in try TableKappa(table) }
    }

    /// The reliabilities the raters needed are worked out for.
    static let targets = [0.75, 0.90]

    /// Whole raters needed for ICC(2,k) to reach each target; `nil` where none does (ICC(2,1) ≤ 0).
    var ratersNeeded: [Int?]? {
        icc.map { icc in Self.targets.map { IntraclassCorrelation.wholeRatersNeeded(singleRater: icc.value(.icc2), target: $0) } }
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
        lines += extraLines
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
        let kappas = (try? kappa.get()).map { Self.kappas($0).map { $0.value ?? .nan } } ?? []
        return (iccNumbers + alphas + kappas).contains { !$0.isFinite }
    }

    /// Raters needed and κ, after α.
    private var extraLines: [String] {
        var lines: [String] = []
        if let icc, let ratersNeeded {
            // None reaches the target when ICC(2,1) ≤ 0; "—" when ICC(2,1) is undefined.
            let none = icc.value(.icc2).isFinite ? "none reaches it" : "—"
            let needed = zip(Self.targets, ratersNeeded).map { target, raters in
                "≥ \(String(format: "%.2f", target)): \(raters.map(String.init) ?? none)"
            }
            lines += ["", "Raters needed for ICC(2,k) \(needed.joined(separator: "; ")) "
                + "(Spearman–Brown from ICC(2,1) = \(Self.number(icc.value(.icc2))))"]
        }
        lines.append("")
        switch kappa {
        case .success(let kappa):
            let categories = "categories \(kappa.categories.lowerBound)–\(kappa.categories.upperBound)"
            if kappa.isCohen {
                lines.append("Cohen's κ (2 assessors, \(categories); bands of Landis & Koch 1977)")
                var rows = TextTable(["WEIGHTING", "KAPPA", "BAND"])
                for (name, value) in Self.kappas(kappa) {
                    rows.add([name, Self.number(value ?? .nan), Self.band(value)])
                }
                lines.append(rows.render())
            } else {
                let value = kappa.fleiss?.kappa
                lines.append("Fleiss' κ (\(kappa.assessors) assessors, \(categories)): \(Self.number(value ?? .nan)), "
                    + "\(Self.band(value)) (Landis & Koch 1977)")
            }
        case .failure(.missingRatings(let missing)):
            lines.append("κ: not computed — it needs a complete table and "
                + "\(missing) rating\(missing == 1 ? " is" : "s are") missing.")
        case .failure(.fractionalRatings):
            lines.append("κ: not computed — it reads ratings as categories and needs whole numbers.")
        case .failure(.tooManyCategories):
            lines.append("κ: not computed — the ratings span more than \(TableKappa.largestSpan) points, too many for categories.")
        }
        return lines
    }

    /// κ by name: `unweighted`, `linear`, `quadratic` for Cohen's, `fleiss` for Fleiss'; `nil` where undefined.
    static func kappas(_ kappa: TableKappa) -> [(name: String, value: Double?)] {
        guard kappa.isCohen else { return [("fleiss", kappa.fleiss?.kappa)] }
        return CohenKappa.Weighting.allCases.map { ($0.rawValue, kappa.cohen[$0]?.kappa) }
    }

    /// The Landis & Koch band, or "—".
    static func band(_ kappa: Double?) -> String {
        kappa.flatMap(AgreementBand.landisKoch)?.rawValue ?? "—"
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
    /// κ with its categories and Landis & Koch bands; undefined values are `null`.
    struct Kappa: Encodable {
        /// `cohen` or `fleiss`.
        var method: String
        var categories: [Int]
        var values: [String: Double?]
        var bands: [String: String?]

        /// `null` values are written, not left out.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(method, forKey: .method)
            try container.encode(categories, forKey: .categories)
            try container.encode(values, forKey: .values)
            try container.encode(bands, forKey: .bands)
        }

        private enum CodingKeys: String, CodingKey { case method, categories, values, bands }
    }

    /// Omitted when a rating is missing.
    var icc: [String: Estimate]?
    var alpha: [String: Double?]
    /// Raters needed for ICC(2,k) ≥ 0.75 and ≥ 0.90, keyed `0.75` and `0.90`; omitted with `icc`.
    var ratersNeeded: [String: Int?]?
    /// Omitted when κ is not computed (a missing or non-whole rating, or too many categories).
    var kappa: Kappa?

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
        ratersNeeded = report.ratersNeeded.map { needed in
            Dictionary(uniqueKeysWithValues: zip(AgreementReport.targets.map { String(format: "%.2f", $0) }, needed))
        }
        kappa = (try? report.kappa.get()).map { kappa in
            let values = AgreementReport.kappas(kappa)
            return Kappa(method: kappa.isCohen ? "cohen" : "fleiss",
                         categories: [kappa.categories.lowerBound, kappa.categories.upperBound],
                         values: Dictionary(uniqueKeysWithValues: values.map { ($0.name, $0.value.flatMap(finite)) }),
                         bands: Dictionary(uniqueKeysWithValues: values.map { ($0.name, $0.value.flatMap(AgreementBand.landisKoch)?.rawValue) }))
        }
    }
}
