/// The text key of a step and the way back from it: the one home of the key format.
///
/// | Step | Key |
/// |---|---|
/// | rating of a question | `item` |
/// | rating of an exercise's criterion | `item/criterion` |
/// | role-play checklist | `item#checklist` |
/// | case classification | `item#<classification>` |
/// | working-day plan | `item#plan` |
/// | screening fact | `item#fact` |
///
/// Item, criterion and classification ids are lower-case letters, digits and `-`, so the marks
/// never occur inside them. A classification with the id `checklist` or `plan` cannot be told from
/// those steps by its key alone: ``InterviewGuide/step(key:)`` resolves a key against a guide.
public enum StepKey {
    /// Separates an item from the criterion it is rated on.
    public static let criterionMark: Character = "/"
    /// Separates an item from its checklist, classification or plan.
    public static let partMark: Character = "#"
    /// The part name of a role-play's checklist step.
    public static let checklistPart = "checklist"
    /// The part name of the working-day plan step.
    public static let planPart = "plan"
    /// The part name of a screening fact's step.
    public static let factPart = "fact"

    /// The key of a step of `item` of kind `kind`.
    public static func key(item: String, kind: InterviewStep.Kind) -> String {
        switch kind {
        case .rating(nil): item
        case .rating(let criterion?): item + String(criterionMark) + criterion
        case .checklist: item + String(partMark) + checklistPart
        case .classification(let id): item + String(partMark) + id
        case .plan: item + String(partMark) + planPart
        case .fact: item + String(partMark) + factPart
        }
    }

    /// The step `key` names, read by its form alone; `nil` when it has an empty item or part or
    /// more than one mark.
    public static func step(_ key: String) -> InterviewStep? {
        let marks = key.indices.filter { key[$0] == criterionMark || key[$0] == partMark }
        guard marks.count <= 1 else { return nil }
        guard let mark = marks.first else { return key.isEmpty ? nil : InterviewStep(item: key, kind: .rating(criterion: nil)) }
        let item = String(key[..<mark])
        let part = String(key[key.index(after: mark)...])
        guard !item.isEmpty, !part.isEmpty else { return nil }
        if key[mark] == criterionMark { return InterviewStep(item: item, kind: .rating(criterion: part)) }
        switch part {
        case checklistPart: return InterviewStep(item: item, kind: .checklist)
        case planPart: return InterviewStep(item: item, kind: .plan)
        case factPart: return InterviewStep(item: item, kind: .fact)
        default: return InterviewStep(item: item, kind: .classification(part))
        }
    }

    /// The item a key belongs to: the text before its first mark (the whole key without one).
    public static func item(of key: String) -> String {
        String(key.prefix { $0 != criterionMark && $0 != partMark })
    }

    /// The mark of `key` and what follows it, such as (`/`, `tone`); `nil` for a key without a mark.
    public static func part(of key: String) -> (mark: Character, name: String)? {
        guard let mark = key.firstIndex(where: { $0 == criterionMark || $0 == partMark }) else { return nil }
        return (key[mark], String(key[key.index(after: mark)...]))
    }
}

extension InterviewGuide {
    /// The step of this guide whose key is `key`, if any.
    public func step(key: String) -> InterviewStep? {
        steps.first { $0.key == key }
    }
}
