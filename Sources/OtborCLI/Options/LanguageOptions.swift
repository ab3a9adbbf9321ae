import ArgumentParser
import OtborCore

/// `--lang ru|en`: the language content text (titles, names, questions) is printed in.
struct LanguageOptions: ParsableArguments {
    @Option(name: .long, help: "Language of content text: ru or en (falls back to Russian).")
    var lang: ContentLanguage = .ru
}
