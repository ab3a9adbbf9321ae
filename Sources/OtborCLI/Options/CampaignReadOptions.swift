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

    /// The workspace content and the database, which must exist.
    func campaign() throws -> Campaign {
        try database.campaign(workspace: workspace, words: wording)
    }
}
