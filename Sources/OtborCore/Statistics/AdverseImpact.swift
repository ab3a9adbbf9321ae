import Foundation

/// Adverse-impact analysis of one selection step (UGESP 1978, 29 CFR § 1607.4(D)) with its
/// statistical companions (Morris & Lobsenz 2000; Collins & Morris 2008).
///
/// Every group's selection rate SR = selected/applicants is compared with the group with the
/// highest rate (the reference; the first such group on a tie): impact ratio IR = SR/SR_ref,
/// flagged when IR < 4/5. Each other group is then tested against the reference (see
/// ``Comparison``). An internal fairness monitor on consented, aggregated data only — never an
/// input to an individual's score.
///
/// **Result state of a comparison**
/// * ``State/adverseImpact`` when the four-fifths rule flags it and Fisher's exact two-sided p is
///   below the significance level (the exact test, so the claim holds at any n);
/// * ``State/inconclusive`` when flagged but not significant ("monitor"), or when not flagged but
///   the comparison is too small to show anything: either group has fewer than
///   ``minimumApplicants`` (20) applicants or fewer than ``minimumExpectedSelections`` (5)
///   expected selections, n_g · p̂ with p̂ the pooled rate of the two groups;
/// * ``State/noEvidence`` when not flagged and large enough.
///
/// The analysis as a whole takes the most serious state of its comparisons.
public struct AdverseImpact: Sendable, Hashable, Codable {
    /// One group's counts at the step.
    public struct Group: Sendable, Hashable, Codable {
        public var name: String
        public var selected: Int
        public var applicants: Int

        public init(name: String, selected: Int, applicants: Int) {
            self.name = name
            self.selected = selected
            self.applicants = applicants
        }

        /// SR = selected/applicants.
        public var selectionRate: Double { Double(selected) / Double(applicants) }
    }

    /// One group's rate and impact ratio.
    public struct GroupResult: Sendable, Hashable, Codable {
        public var group: Group
        public var selectionRate: Double
        /// SR/SR_ref; `nil` when no group selected anyone.
        public var impactRatio: Double?
        /// IR < 4/5.
        public var isFlagged: Bool
    }

    /// What the evidence says.
    public enum State: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        case noEvidence = "no-evidence"
        case inconclusive
        case adverseImpact = "adverse-impact"

        public static func < (lhs: State, rhs: State) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Why the counts cannot be analysed.
    public enum InputError: Error, Sendable, Hashable {
        case fewerThanTwoGroups
        case duplicateGroup(String)
        case noApplicants(group: String)
        case selectedOutOfRange(group: String)
    }

    /// The four-fifths rule's threshold.
    public static let fourFifths = 0.8
    /// Fewer applicants in a group than this make a comparison inconclusive.
    public static let minimumApplicants = 20
    /// Fewer expected selections (n_g · p̂) in a group than this make a comparison inconclusive.
    public static let minimumExpectedSelections = 5.0

    /// Every group, in input order.
    public var groups: [GroupResult]
    /// The name of the group with the highest selection rate.
    public var reference: String
    /// Every other group against the reference, in input order.
    public var comparisons: [Comparison]
    /// The most serious state of the comparisons.
    public var state: State
    /// α of the tests.
    public var significanceLevel: Double
    /// The level of the impact-ratio confidence interval.
    public var confidenceLevel: Double

    /// Analyses the groups' counts. Needs at least two groups with distinct names, applicants > 0
    /// and 0 ≤ selected ≤ applicants.
    public init(
        groups: [Group], significanceLevel: Double = 0.05, confidenceLevel: Double = 0.95
    ) throws(InputError) {
        guard groups.count >= 2 else { throw .fewerThanTwoGroups }
        var names = Set<String>()
        for group in groups {
            guard names.insert(group.name).inserted else { throw .duplicateGroup(group.name) }
            guard group.applicants > 0 else { throw .noApplicants(group: group.name) }
            guard (0...group.applicants).contains(group.selected) else { throw .selectedOutOfRange(group: group.name) }
        }
        var referenceIndex = 0
        for index in groups.indices where groups[index].selectionRate > groups[referenceIndex].selectionRate {
            referenceIndex = index
        }
        let referenceGroup = groups[referenceIndex]
        let highest = referenceGroup.selectionRate
        self.groups = groups.map { group in
            let ratio = highest > 0 ? group.selectionRate / highest : nil
            return GroupResult(
                group: group, selectionRate: group.selectionRate, impactRatio: ratio,
                isFlagged: ratio.map { $0 < Self.fourFifths } ?? false
            )
        }
        reference = referenceGroup.name
        comparisons = groups.enumerated().filter { $0.offset != referenceIndex }.map {
            Comparison(
                focal: $0.element, reference: referenceGroup,
                significanceLevel: significanceLevel, confidenceLevel: confidenceLevel
            )
        }
        state = comparisons.map(\.state).max() ?? .noEvidence
        self.significanceLevel = significanceLevel
        self.confidenceLevel = confidenceLevel
    }

    /// The analysis of two groups.
    public init(
        _ first: Group, _ second: Group, significanceLevel: Double = 0.05, confidenceLevel: Double = 0.95
    ) throws(InputError) {
        try self.init(groups: [first, second], significanceLevel: significanceLevel, confidenceLevel: confidenceLevel)
    }
}

extension AdverseImpact {
    /// A focal group tested against the reference group on the 2 × 2 table
    /// [[s_ref, n_ref − s_ref], [s_focal, n_focal − s_focal]], p̂ being the pooled rate.
    public struct Comparison: Sendable, Hashable, Codable {
        public var focal: String
        public var reference: String
        /// p̂ = (s_focal + s_ref)/(n_focal + n_ref).
        public var pooledRate: Double
        /// IR = SR_focal/SR_ref; `nil` when neither group selected anyone.
        public var impactRatio: Double?
        public var isFlagged: Bool
        /// Z_D = (SR_ref − SR_focal)/√(p̂(1 − p̂)(1/n_focal + 1/n_ref)), positive when the focal group's
        /// rate is lower; `nil` when p̂ is 0 or 1.
        public var zD: Double?
        /// The two-sided p of Z_D.
        public var zDP: Double?
        /// Pearson's χ² (1 df, no continuity correction) = Z_D².
        public var chiSquare: Double?
        /// The p of χ², equal to that of Z_D.
        public var chiSquareP: Double?
        /// Fisher's exact two-sided p.
        public var fisherP: Double
        /// Z_IR = ln IR/√((1 − p̂)/p̂ · (1/n_focal + 1/n_ref)); `nil` when IR is 0 or undefined.
        public var zIR: Double?
        /// The two-sided p of Z_IR.
        public var zIRP: Double?
        /// exp(ln IR ∓ z·SE_IR), z the normal quantile of the confidence level.
        public var impactRatioLower: Double?
        public var impactRatioUpper: Double?
        /// Fewer than ``AdverseImpact/minimumApplicants`` applicants or
        /// ``AdverseImpact/minimumExpectedSelections`` expected selections in either group.
        public var isTooSmall: Bool
        /// Fisher's p < α.
        public var isSignificant: Bool
        public var state: State

        init(focal: Group, reference: Group, significanceLevel: Double, confidenceLevel: Double) {
            self.focal = focal.name
            self.reference = reference.name
            let nF = Double(focal.applicants), nR = Double(reference.applicants)
            let pooled = Double(focal.selected + reference.selected) / (nF + nR)
            pooledRate = pooled
            let ratio = reference.selected > 0 ? focal.selectionRate / reference.selectionRate : nil
            impactRatio = ratio
            isFlagged = ratio.map { $0 < AdverseImpact.fourFifths } ?? false

            if pooled > 0 && pooled < 1 {
                let z = (reference.selectionRate - focal.selectionRate)
                    / (pooled * (1 - pooled) * (1 / nF + 1 / nR)).squareRoot()
                zD = z
                zDP = NormalDistribution.twoSidedP(z)
                chiSquare = z * z
                chiSquareP = zDP
            }
            fisherP = FisherExactTest.twoSidedP(
                reference.selected, reference.applicants - reference.selected,
                focal.selected, focal.applicants - focal.selected
            )
            if let ratio, ratio > 0 {
                let se = ((1 - pooled) / pooled * (1 / nF + 1 / nR)).squareRoot()
                let quantile = NormalDistribution.quantile(0.5 + confidenceLevel / 2)
                if se > 0 {
                    let z = log(ratio) / se
                    zIR = z
                    zIRP = NormalDistribution.twoSidedP(z)
                }
                impactRatioLower = exp(log(ratio) - quantile * se)
                impactRatioUpper = exp(log(ratio) + quantile * se)
            }

            isTooSmall = [focal, reference].contains {
                $0.applicants < AdverseImpact.minimumApplicants
                    || Double($0.applicants) * pooled < AdverseImpact.minimumExpectedSelections
            }
            isSignificant = fisherP < significanceLevel
            if isFlagged {
                // Fisher's test is exact, so a significant flagged gap is evidence at any size.
                state = isSignificant ? .adverseImpact : .inconclusive
            } else {
                // An unflagged comparison of tiny groups cannot show that there is no impact.
                state = isTooSmall ? .inconclusive : .noEvidence
            }
        }
    }
}
