extension UsagePhrase {
    /// The phrase in Russian.
    var russian: String {
        switch self {
        // Options
        case .notATimeZone: "--time-zone «{zone}» — не часовой пояс; укажите его имя из базы поясов, например `Europe/Moscow`, `Asia/Yekaterinburg` или `UTC`"
        case .notADate: "{option} «{text}» — не дата; пишите ГГГГ-ММ-ДД с настоящим днём, например 2026-03-01"
        case .toleranceRange: "--tolerance должен быть от 0 до 1, а не {value}"
        case .bcryptCost: "--bcrypt-cost — от 4 до 31"
        case .portRange: "--port — от 0 до 65535"
        case .benchTooFewCandidates: "--candidates — не меньше 100, а не {count}"
        case .benchDatabase: "--database {value}: бенчмарк идёт на временных файлах SQLite или на сервере по адресу вида `postgres://user@host:5432/db`"
        case .benchKeep: "--keep {path}: не удалось создать папку ({reason})"
        case .benchHTTPBoardCount: "--http-boards — от 0 до 200, а с табло --http-assessors — не меньше 2 (у каждого кандидата групповой сессии два наблюдателя), а не {boards} табло и {assessors} оценщиков"
        case .benchHTTPCounts: "--http-assessors — от 1 до 1000, --http-requests — не меньше, --http-pause-ms — от 0 до 60000, а не {assessors}, {requests} и {pause}"
        case .optionEmpty: "{option} пусто"
        // Passwords
        case .passwordInputEmpty: "стандартный ввод пуст; дайте пароль первой строкой"
        case .passwordNeedsTerminal: "дайте пароль на стандартный ввод с --password-stdin или запустите команду в терминале"
        case .passwordPrompt: "Новый пароль для {login}: "
        case .passwordRepeat: "Повторите его: "
        case .passwordsDiffer: "пароли не совпадают; ничего не изменено"
        case .noPasswordTyped: "пароль не введён"
        case .passwordEmpty: "пароль пуст"
        case .passwordTooShort: "в пароле {count} знаков, а нужно не меньше {minimum}"
        case .passwordTooLong: "пароль длиннее {maximum} байт; выберите покороче"
        // Accounts
        case .loginLength: "в логине от {minimum} до {maximum} знаков, а в «{login}» их {count}"
        case .loginCharacters: "в логине допустимы только латинские буквы, цифры, «.», «_» и «-»; в «{login}» есть другие знаки"
        case .loginFirstCharacter: "логин начинается с буквы или цифры; «{login}» — нет"
        case .accountNoName: "у учётной записи должно быть отображаемое имя"
        case .accountNameNotOneLine: "отображаемое имя должно быть в одну строку"
        // The workspace
        case .notAWorkspace: "{origin} {path} — не рабочая папка: в ней нужны папки `Profiles/` и `Interviews/`"
        case .noWorkspace: "ни в {folder}, ни в папках выше нет рабочей папки; запустите `otbor` в папке с `Profiles/` и `Interviews/` или укажите `--workspace ПАПКА`"
        // Fields
        case .fieldInFuture: "{field} {date} — день в будущем; укажите день, когда это было (сегодня {today})"
        case .fieldEmpty: "{field} пусто; тогда просто не указывайте его"
        case .fieldRefused: "{field} не принято: {problem}"
        case .notAnEmailSigns: "{field} «{address}» — не адрес электронной почты (знаков @: {signs}); пишите адрес вида `name@example.com`: один знак @, без пробелов, домен с точкой, последняя часть которого не короче 2 символов"
        case .notAnEmail: "{field} «{address}» — не адрес электронной почты; пишите адрес вида `name@example.com`: один знак @, без пробелов, домен с точкой, последняя часть которого не короче 2 символов"
        case .notAPhone: "{field} «{phone}» — не номер телефона; пишите от 5 до 15 цифр, в начале можно +, допустимы пробелы, дефисы и скобки, например +7 912 345-67-89"
        case .textEmpty: "оно пустое"
        case .textInvisible: "в нём нет ни одного видимого знака (только диакритика, пробелы или знаки направления)"
        case .textControl: "в нём управляющий символ {code} (строка {line}, столбец {column})"
        case .textLineBreak: "в нём управляющий символ {code} (строка {line}, столбец {column}); нужна одна строка текста"
        case .textTooLong: "его длина — {length}; самое большее — {limit}"
        // Commands
        case .eraseCandidateOrFinish: "укажите либо кандидата для удаления (номер или полное имя), либо --finish, чтобы дозатереть прежние удаления"
        case .eraseNeedsYes: "стандартный ввод — не терминал, поэтому для удаления нужен --yes; ничего не удалено"
        case .consensusTogether: "чтобы записать консенсус, укажите вместе --stage, --competency, --value и --rationale"
        case .consensusValueRange: "--value — оценка от 1 до 5 с шагом 0,5, а не {value}"
        case .valueNeedsStage: "для --value нужны --stage и --competency"
        case .consensusNeedsRationale: "консенсусу нужен --rationale: на каких свидетельствах сошлась комиссия"
        case .applyFuture: "--apply удаляет по-настоящему и потому судит по настоящему дню: --today {today} — в будущем (сегодня {real}). Будущий день можно посмотреть с одним --today, без --apply."
        case .assessorEmpty: "--assessor пусто; укажите имя того, кто оценивает"
        case .candidateEmpty: "--candidate пусто; укажите номер или имя кандидата (`otbor candidates list`)"
        case .groupTooFew: "в --candidates нужны хотя бы два кандидата через запятую, например 3,4,5; для одного кандидата — `otbor interview start`"
        case .groupRepeated: "в --candidates больше одного раза названы: {names}; укажите каждого кандидата один раз"
        case .decisionNeedsReason: "--reason пусто; у решения должно быть основание"
        case .discAccepted: "{problems}. Допустимо: четыре целых числа с суммой 0, каждое от -{limit} до {limit} (--groups — не меньше 1)"
        case .discTooFewGroups: "число групп должно быть не меньше 1, а не {count}"
        case .discOutsideRange: "{factor} = {value} — вне пределов ±{limit}"
        case .discSumNotZero: "сумма четырёх значений — {sum}, а у композита графика III она равна 0"
        case .demoConsent: "дата согласия в демо {date} — не дата"
        case .demoNoDisagreement: "демо ожидало отмеченное расхождение по {competency} на этапе {stage} у кандидата {candidate}"
        // Files of `stats agreement`
        case .csvLineTooLong: "строка длиннее {bytes}; в строке — метка и по одной оценке от каждого асессора"
        case .noSuchFile: "нет такого файла"
        case .fileIsAFolder: "это папка, а не файл CSV"
        case .notUTF8: "файл — не текст в кодировке UTF-8; сохраните его в UTF-8"
        }
    }
}
