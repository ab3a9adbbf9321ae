extension YAMLPhrase {
    /// The phrase in Russian.
    var russian: String {
        switch self {
        // What the parser found wrong
        case .cannotStartToken: "встретился символ, с которого не может начинаться значение"
        case .mappingValuesNotAllowed: "здесь не может стоять значение ключа (лишнее двоеточие или неверный отступ)"
        case .expectedKey: "не найден ожидаемый ключ (проверьте отступы)"
        case .expectedColon: "не найдено ожидаемое двоеточие после ключа"
        case .unexpectedEnd: "файл неожиданно кончился"
        case .expectedDash: "не найден ожидаемый знак «-» элемента списка (проверьте отступы)"
        case .expectedCommaOrBracket: "не найдена ожидаемая «,» или «]»"
        case .expectedCommaOrBrace: "не найдена ожидаемая «,» или «}»"
        case .expectedNodeContent: "не найдено ожидаемое значение"
        case .sequenceEntriesNotAllowed: "здесь не может начинаться элемент списка «-» (проверьте отступы)"
        case .tabViolatesIndentation: "знак табуляции нарушает отступы"
        case .tabForIndentation: "знак табуляции там, где нужен пробел отступа"
        case .unknownEscape: "неизвестная последовательность после «\\»"
        case .unexpectedDocumentIndicator: "неожиданный разделитель документов («---» или «...»)"
        case .expectedAlphanumeric: "не найдена ожидаемая буква или цифра"
        case .undefinedTagHandle: "неизвестный префикс тега"
        case .expectedDocumentStart: "не найдено ожидаемое начало документа («---»)"
        case .controlCharacters: "управляющие символы недопустимы"
        case .invalidLeadingOctet: "неверный первый байт символа в UTF-8"
        case .incompleteSequence: "неполная последовательность байтов UTF-8"
        case .incompatibleDocument: "несовместимая версия документа YAML"
        case .expectedCommentOrLineBreak: "после значения ожидался комментарий или конец строки"
        case .mappingKeysNotAllowed: "здесь не может стоять ключ словаря (проверьте отступы)"
        case .unexpectedColon: "неожиданное двоеточие «:»"
        case .invalidEscapeCode: "неверный код символа после «\\»"
        // What the parser was doing
        case .scanningSimpleKey: "при чтении ключа"
        case .scanningQuotedScalar, .parsingQuotedScalar: "в тексте в кавычках"
        case .scanningPlainScalar: "в значении без кавычек"
        case .scanningBlockScalar: "в многострочном тексте («|» или «>»)"
        case .scanningNextToken: "при поиске следующего значения"
        case .scanningAnchor: "в якоре («&»)"
        case .scanningAlias: "в ссылке-псевдониме («*»)"
        case .scanningTag: "в теге («!»)"
        case .scanningDirective: "в директиве («%»)"
        case .parsingBlockMapping: "в словаре"
        case .parsingBlockCollection: "в списке"
        case .parsingFlowSequence: "в списке в квадратных скобках"
        case .parsingFlowMapping: "в словаре в фигурных скобках"
        case .parsingBlockNode, .parsingNode: "в значении"
        case .parsingFlowNode: "в значении в скобках"
        }
    }
}
