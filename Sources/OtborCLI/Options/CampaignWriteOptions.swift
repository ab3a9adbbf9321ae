import ArgumentParser
import OtborStore

/// `--format`, `--lang`, `--by`, `--workspace` and `--database`: what the commands that record a change in
/// the database (candidates add and withdraw-consent, decide, retention, interview import) share.
struct CampaignWriteOptions: ParsableArguments {
    @OptionGroup var output: OutputOptions
    @OptionGroup var actorOptions: ActorOptions
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var database: StoreOptions

    var format: FormatOptions.Format { output.format }
    var wording: ConsoleWording { output.wording }

    /// Who makes the change, for the audit log.
    var actor: String { actorOptions.actor }

    /// Opens the database; `creating` makes a missing one (only for adding candidates).
    func open(creating: Bool = false) throws -> any CampaignStore {
        try database.open(workspace: workspace, creating: creating)
    }

    /// Opens the database read-only, for a run that changes nothing (such as a preview).
    func openForReading() throws -> any CampaignStore {
        try database.openForReading(workspace: workspace)
    }
}
