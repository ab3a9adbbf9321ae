import ArgumentParser
import OtborCore
import OtborServices

/// `--format`, `--lang`, `--workspace` and `--database`: what the commands that read the content
/// and the database together and print what they find (score, compare, consensus, raters,
/// fairness) share.
struct CampaignReadOptions: ParsableArguments {
    @OptionGroup var output: OutputOptions
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var database: StoreOptions

    var format: FormatOptions.Format { output.format }
    var lang: ContentLanguage { output.lang }
    var wording: ConsoleWording { output.wording }

    /// The workspace content and the database, which must exist; opened read-only unless the
    /// command records something (`reading: false`).
    func campaign(reading: Bool = true) throws -> Campaign {
        try database.campaign(workspace: workspace, words: wording, reading: reading)
    }
}
