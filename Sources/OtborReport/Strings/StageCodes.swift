import OtborCore

/// Short codes for the stages of a profile, for table columns too narrow for a stage's title:
/// the abbreviation of the stage's kind ("Тел", "Кейс", "РИ" …), numbered in process order when
/// two stages share a kind ("РИ 1", "РИ 2"), so each code is unique within the profile. A stage
/// whose kind is unknown gets the stage abbreviation, numbered the same way.
struct StageCodes: Sendable {
    /// One stage to code: its guide id and kind (`nil` when the guide is unknown).
    struct Stage: Sendable {
        var id: String
        var kind: StageKind?
    }

    private var codes: [String: String] = [:]

    /// Codes for `stages`, in the order given (the profile's process first, then any other).
    /// A stage listed twice keeps its first code.
    init(_ stages: [Stage], strings: ReportStrings) {
        var seen: Set<String> = []
        let unique = stages.filter { seen.insert($0.id).inserted }
        var total: [String: Int] = [:]
        let bases = unique.map { strings.stageCode($0.kind) }
        for base in bases { total[base, default: 0] += 1 }
        var used: [String: Int] = [:]
        for (stage, base) in zip(unique, bases) {
            guard total[base, default: 0] > 1 else {
                codes[stage.id] = base
                continue
            }
            used[base, default: 0] += 1
            codes[stage.id] = base + "\u{00A0}" + String(used[base]!)
        }
    }

    /// The code of a stage; the stage id when it was not among the stages coded.
    subscript(_ id: String) -> String { codes[id] ?? id }
}

extension ReportStrings {
    /// The abbreviation of a stage kind for a table column; the stage abbreviation for an unknown kind.
    func stageCode(_ kind: StageKind?) -> String {
        let ru: String, en: String
        switch kind {
        case .phone: (ru, en) = ("Тел", "Ph")
        case .hr: (ru, en) = ("HR", "HR")
        case .case: (ru, en) = ("Кейс", "Case")
        case .rolePlay: (ru, en) = ("РИ", "RP")
        case .group: (ru, en) = ("Гр", "Grp")
        case .manager: (ru, en) = ("Рук", "Mgr")
        case .presentation: (ru, en) = ("През", "Pres")
        case .competency: (ru, en) = ("ИК", "CI")
        case nil: (ru, en) = ("Эт", "St")
        }
        return language == .en ? en : ru
    }
}
