/// The mapping a ``DiagnosticMessage`` is about: a whole file, an entry of one of its lists, or
/// the value of a key. `description` is the English wording.
public enum DiagnosticSubject: Sendable, Hashable, CustomStringConvertible {
    case profile, guide, competencyLibrary, competency, discInventory, discGroup
    case scoresheet, sheet, planLine
    case redFlag, task, kpi, functionGroup, requirement, language, knockOutRule, processStage, assessmentTool
    case checklistBehaviour, classificationOption, criterion, factOption, screeningRequirement
    /// A rule of the working-day task's `rules`, by its key.
    case rule(String)
    /// The long form of the answer to a scoresheet step, by its step key.
    case answer(step: String)
    /// A guide item of a type such as `question` or `role-play`.
    case item(type: String)
    /// The value of a key, such as `'salary'`.
    case key(String)

    public var description: String {
        switch self {
        case .profile: "a job profile"
        case .guide: "an interview guide"
        case .competencyLibrary: "the competency library"
        case .competency: "competency"
        case .discInventory: "the DISC inventory"
        case .discGroup: "DISC group"
        case .scoresheet: "a scoresheet"
        case .sheet: "sheet"
        case .planLine: "plan line"
        case .redFlag: "red flag"
        case .task: "task"
        case .kpi: "KPI"
        case .functionGroup: "function group"
        case .requirement: "requirement"
        case .language: "language"
        case .knockOutRule: "knock-out rule"
        case .processStage: "process stage"
        case .assessmentTool: "assessment tool"
        case .checklistBehaviour: "checklist behaviour"
        case .classificationOption: "classification option"
        case .criterion: "criterion"
        case .factOption: "fact option"
        case .screeningRequirement: "screening requirement"
        case .rule(let key): "rule '\(key)'"
        case .answer(let step): "the answer to '\(step)'"
        case .item(let type): "\(type) item"
        case .key(let key): "'\(key)'"
        }
    }
}
