import Foundation
import OtborCore

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
