import ArgumentParser
import OtborCore

/// `--format text|json`, `--lang ru|en` and `--time-zone`: how a command prints what it finds.
struct OutputOptions: ParsableArguments {
    /// The output formats, by the name `bench` uses.
    typealias Format = FormatOptions.Format

    @OptionGroup var formatOptions: FormatOptions
    @OptionGroup var languageOptions: LanguageOptions

    var format: Format { formatOptions.format }
    var lang: ContentLanguage { languageOptions.lang }
    /// The terminal wording of `--lang` and `--time-zone`.
    var wording: ConsoleWording { languageOptions.wording }
}
