import OtborCore

/// The nouns the terminal counts, each with its Russian and English plural forms.
enum ConsoleNoun: String, CaseIterable, Sendable {
    case step, candidate, session, group, discGroup, day, item, error, warning, competency, profile, guide, stage, assessor,
         task, decision, answerRow, file, scoresheet, unit, missingRating, character, byte, cell

    /// The noun's forms: Russian for 1, 2–4 and 5–20; English singular and plural.
    var noun: CountedNoun {
        switch self {
        case .step: CountedNoun(ru: "шаг", "шага", "шагов", en: "step", "steps")
        case .candidate: CountedNoun(ru: "кандидат", "кандидата", "кандидатов", en: "candidate", "candidates")
        case .session: CountedNoun(ru: "сессия", "сессии", "сессий", en: "session", "sessions")
        case .group: CountedNoun(ru: "группа", "группы", "групп", en: "group", "groups")
        case .discGroup: CountedNoun(ru: "группа DISC", "группы DISC", "групп DISC", en: "DISC group", "DISC groups")
        case .day: CountedNoun(ru: "день", "дня", "дней", en: "day", "days")
        case .item: CountedNoun(ru: "пункт", "пункта", "пунктов", en: "item", "items")
        case .error: CountedNoun(ru: "ошибка", "ошибки", "ошибок", en: "error", "errors")
        case .warning: CountedNoun(ru: "предупреждение", "предупреждения", "предупреждений", en: "warning", "warnings")
        case .competency: CountedNoun(ru: "компетенция", "компетенции", "компетенций", en: "competency", "competencies")
        case .profile: CountedNoun(ru: "профиль", "профиля", "профилей", en: "profile", "profiles")
        case .guide: CountedNoun(ru: "сценарий", "сценария", "сценариев", en: "guide", "guides")
        case .stage: CountedNoun(ru: "этап", "этапа", "этапов", en: "stage", "stages")
        case .assessor: CountedNoun(ru: "асессор", "асессора", "асессоров", en: "assessor", "assessors")
        case .task: CountedNoun(ru: "задача", "задачи", "задач", en: "task", "tasks")
        case .decision: CountedNoun(ru: "решение", "решения", "решений", en: "decision", "decisions")
        case .answerRow: CountedNoun(ru: "строка ответов", "строки ответов", "строк ответов", en: "answer row", "answer rows")
        case .file: CountedNoun(ru: "файл", "файла", "файлов", en: "file", "files")
        case .scoresheet: CountedNoun(ru: "лист оценки", "листа оценки", "листов оценки", en: "scoresheet", "scoresheets")
        case .unit: CountedNoun(ru: "объект", "объекта", "объектов", en: "unit", "units")
        case .missingRating: CountedNoun(ru: "пропущенная оценка", "пропущенные оценки", "пропущенных оценок",
                                         en: "missing rating", "missing ratings")
        case .character: CountedNoun(ru: "символ", "символа", "символов", en: "character", "characters")
        case .byte: CountedNoun(ru: "байт", "байта", "байт", en: "byte", "bytes")
        case .cell: CountedNoun(ru: "ячейка", "ячейки", "ячеек", en: "cell", "cells")
        }
    }
}

