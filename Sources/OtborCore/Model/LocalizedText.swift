/// A piece of content text in Russian, with an optional English translation.
public struct LocalizedText: Sendable, Hashable, Codable {
    /// Russian text; always present.
    public var ru: String
    /// English translation, when the data file gives one.
    public var en: String?

    public init(ru: String, en: String? = nil) {
        self.ru = ru
        self.en = en
    }

    /// The text in `language`, falling back to Russian when there is no translation.
    public func text(in language: ContentLanguage) -> String {
        switch language {
        case .ru: ru
        case .en: en ?? ru
        }
    }
}

/// The languages content and reports are written in.
public enum ContentLanguage: String, Sendable, CaseIterable, Codable {
    case ru
    case en
}
