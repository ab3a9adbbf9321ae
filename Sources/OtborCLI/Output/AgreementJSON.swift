import Foundation
import OtborCore

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
