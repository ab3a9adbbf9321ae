extension ConsolePhrase {
    /// The phrase in Russian.
    public var russian: String {
        switch self {
        case .appName: "Отбор"
        case .navigation: "Основная навигация"
        case .signInTitle: "Вход в Отбор"
        case .signInLead: "Войдите под учётной записью, которую выдал администратор."
        case .login: "Логин"
        case .password: "Пароль"
        case .signIn: "Войти"
        case .wrongCredentials: "Неверный логин или пароль."
        case .tooManyAttempts: "Слишком много неудачных попыток. Подождите минуту и попробуйте снова."
        case .signOut: "Выйти"
        case .signedInAs: "Вы вошли как"
        case .otherLanguage: "English"
        case .candidates: "Кандидаты"
        case .candidateID: "№"
        case .name: "Имя"
        case .profiles: "Профили"
        case .lastDecision: "Последнее решение"
        case .noCandidates: "Кандидатов пока нет."
        case .noDecision: "нет решения"
        case .candidateCount: "Всего кандидатов"
        case .restrictedList: "Асессору видны только имена и номера кандидатов."
        case .errorTitle: "Ошибка"
        case .notFound: "Такой страницы нет."
        case .forbidden: "Вашей роли это недоступно."
        case .forgedRequest: "Форма устарела или пришла с другого сайта. Обновите страницу и отправьте её снова."
        case .badRequest: "Запрос не удалось прочитать."
        case .serverError: "На сервере произошла ошибка. Попробуйте ещё раз; если не выйдет, сообщите администратору."
        case .backToStart: "На главную"
        case .roleAdmin: "администратор"
        case .roleHR: "HR"
        case .roleAssessor: "асессор"
        case .roleObserver: "наблюдатель"
        }
    }
}
