extension LetterPhrase {
    /// The phrase in Russian.
    var russian: String {
        switch self {
        case .unknownPlaceholder: "неизвестная подстановка «{name}» в письме {letter}; письмо принимает: {accepted}"
        case .missingTranslation: "у «{key}» нет английского перевода; письма отправляют на любом из двух языков, поэтому нужны и ru, и en"
        case .placeholdersDiffer: "русский и английский тексты «{key}» используют разные подстановки (ru: {russian}; en: {english})"
        case .noPlaceholders: "нет"
        case .listInSentence: "«{name}» — список: напишите его отдельным абзацем"
        case .letterTwice: "второе письмо «{kind}»; у каждого вида письма один шаблон"
        case .missingLetter: "нет письма «{kind}»; в файле должно быть по одному письму каждого вида: {kinds}"
        case .letterSubject: "Тема: {subject}"
        case .letterWritten: "Письмо записано в {path}"
        case .noLetterFile: "в рабочей папке нет шаблонов писем {file}: добавьте файл (формат — Docs/DataFormat.md) и проверьте его командой `otbor validate`"
        case .noLetterTemplate: "в {file} нет письма «{kind}»: добавьте его и проверьте файл командой `otbor validate`"
        case .letterUnknownVisit: "в процессе профиля нет встречи «{visit}»; есть: {visits}"
        case .letterNeedsProfile: "у кандидата ещё нет заявки: назовите в --profile профиль, на который он откликнулся: {profiles}"
        case .letterNoVisitLeft: "у кандидата уже были все обязательные встречи процесса; назовите встречу в --visit: {visits}"
        case .letterNotAssessed: "у кандидата нет завершённых интервью по профилю, и обратную связь дать не из чего. Если он не прошёл скрининг, напишите письмо screening-rejection"
        case .letterPassed: "кандидат прошёл пороговые требования и все условия скрининга: письмо с отказом противоречило бы его оценке. Если решение об отказе принято по другой причине, запишите его (`otbor decide`) и повторите с --force"
        case .letterNotPassed: "кандидат не прошёл пороговые требования или условие скрининга (см. `otbor score`): предложение противоречило бы его оценке. Если решение принято осознанно, повторите с --force"
        case .letterNoFailedCondition: "у кандидата нет невыполненного условия скрининга, и письму screening-rejection нечего назвать. Для отказа после интервью напишите письмо rejection"
        case .demoLetters: "Письма кандидатам (`otbor letter`):"
        case .demoLetter: "  {kind}: {path}"
        }
    }
}
