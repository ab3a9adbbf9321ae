import ArgumentParser

/// `--format text|json`, shared by commands whose output a script may read.
struct FormatOptions: ParsableArguments {
    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(name: .long, help: "Output format: text or json.")
    var format: Format = .text
}
