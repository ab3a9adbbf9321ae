import Foundation
import OtborCore

/// The statistics `stats agreement` prints.
struct AgreementReport {
    var table: RatingsTable
    var icc: IntraclassCorrelation?
    var alpha: KrippendorffAlpha
    var kappa: Result<TableKappa, TableKappa.Unavailable>
    /// The wording of the text form.
    var words = ConsoleWording(language: .ru)

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

    func text(file: String) -> String {
        let missing = words.count(table.missingCount, .missingRating)
        var lines = [words(.tableSize, ["file": file, "candidates": words.count(table.candidates.count, .candidate),
                                        "assessors": words.count(table.assessors.count, .assessor), "missing": missing]), ""]
        if let icc {
            lines.append(words(.iccTitle, ["k": String(icc.judges)]))
            var rows = TextTable(words, [.form, .value, .interval95, .model])
            for form in IntraclassCorrelation.Form.allCases {
                let estimate = icc.estimate(form)
                rows.add([form.rawValue, number(estimate.value), words.numbers.interval(estimate.lower, estimate.upper, 4),
                          words.iccModel(form)])
            }
            lines.append(rows.render())
            let judge = icc.judgeEffect
            lines.append(words(.judgeEffect, ["df1": words.compact(judge.numeratorDF), "df2": words.compact(judge.denominatorDF),
                                              "f": number(judge.statistic), "p": words.significant(judge.p)]))
        } else {
            lines.append(words(.iccNotComputed, ["missing": missing]))
        }
        lines.append("")
        lines.append(words(.alphaTitle, ["candidates": words.count(alpha.pairableUnits, .candidate)]))
        var rows = TextTable(words, [.metric, .alpha])
        for metric in KrippendorffAlpha.Metric.allCases {
            rows.add([words.alphaMetric(metric), number(alpha.alpha(metric))])
        }
        lines.append(rows.render())
        lines += extraLines
        if hasUndefinedValue {
            lines.append("\n" + words(.undefinedValues))
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
            let none = icc.value(.icc2).isFinite ? words(.noneReachesIt) : "—"
            let needed = zip(Self.targets, ratersNeeded).map { target, raters in
                "≥ \(words.number(target, 2)): \(raters.map(String.init) ?? none)"
            }
            lines += ["", words(.ratersNeeded, ["needed": needed.joined(separator: "; "), "icc": number(icc.value(.icc2))])]
        }
        lines.append("")
        switch kappa {
        case .success(let kappa):
            let categories = "\(kappa.categories.lowerBound)–\(kappa.categories.upperBound)"
            if kappa.isCohen {
                lines.append(words(.cohenTitle, ["categories": categories]))
                var rows = TextTable(words, [.weighting, .kappa, .band])
                for (name, value) in Self.kappas(kappa) {
                    rows.add([words.kappaName(name), number(value ?? .nan), band(value)])
                }
                lines.append(rows.render())
            } else {
                let value = kappa.fleiss?.kappa
                lines.append(words(.fleissLine, ["assessors": words.count(kappa.assessors, .assessor), "categories": categories,
                                                 "kappa": number(value ?? .nan), "band": band(value)]))
            }
        case .failure(.missingRatings(let missing)):
            lines.append(words(.kappaMissing, ["missing": words.count(missing, .missingRating)]))
        case .failure(.fractionalRatings):
            lines.append(words(.kappaFractional))
        case .failure(.tooManyCategories):
            lines.append(words(.kappaTooManyCategories, ["span": String(TableKappa.largestSpan)]))
        }
        return lines
    }

    /// κ by name: `unweighted`, `linear`, `quadratic` for Cohen's, `fleiss` for Fleiss'; `nil` where undefined.
    static func kappas(_ kappa: TableKappa) -> [(name: String, value: Double?)] {
        guard kappa.isCohen else { return [("fleiss", kappa.fleiss?.kappa)] }
        return CohenKappa.Weighting.allCases.map { ($0.rawValue, kappa.cohen[$0]?.kappa) }
    }

    /// The Landis & Koch band, or "—".
    private func band(_ kappa: Double?) -> String {
        kappa.flatMap(AgreementBand.landisKoch).map(words.landisKoch) ?? "—"
    }

    /// Four decimals, or "—" for an undefined value.
    private func number(_ value: Double) -> String {
        words.number(value, 4)
    }
}
