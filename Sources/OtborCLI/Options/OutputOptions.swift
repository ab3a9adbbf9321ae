import ArgumentParser
import OtborCore

/// `--format text|json` and `--lang ru|en`: the output of commands that print content.
struct OutputOptions: ParsableArguments {
    /// The output formats, by the name `bench` uses.
    typealias Format = FormatOptions.Format

    @OptionGroup var formatOptions: FormatOptions
    @OptionGroup var languageOptions: LanguageOptions

    var format: Format { formatOptions.format }
    var lang: ContentLanguage { languageOptions.lang }
}
