import ArgumentParser
import OtborStore

/// `--by`, `--workspace` and `--database`: what the `otbor users` commands share.
struct AccountOptions: ParsableArguments {
    @OptionGroup var actorOptions: ActorOptions
    @OptionGroup var language: LanguageOptions
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var database: StoreOptions

    /// The terminal wording of `--lang`.
    var words: ConsoleWording { language.wording }

    /// Who makes the change, for the audit log.
    var actor: String { actorOptions.actor }

    /// Opens the database; `creating` makes a missing one (only for adding an account).
    func open(creating: Bool = false) throws -> any CampaignStore {
        try database.open(workspace: workspace, creating: creating)
    }

    /// Opens the database read-only, for listing.
    func openForReading() throws -> any CampaignStore {
        try database.openForReading(workspace: workspace)
    }
}
