import ArgumentParser
import OtborCore
import OtborStore

/// `otbor candidates add | list | show | erase | withdraw-consent`: the people in the campaign database.
struct CandidatesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "candidates",
        abstract: "Add, list, show and erase candidates; record a withdrawal of consent.",
        discussion: """
            Candidates live in the campaign database (--database). Each has a consent date; 30 days after \
            the first decision on them is recorded (`otbor decide`) or after they withdraw consent, their \
            data must be destroyed (152-FZ art. 21): `otbor retention` lists who is due and erases them. \
            Commands that take a candidate accept the id or the full name; id:N or name:TEXT says which (a \
            candidate named 5 is name:5, while 5 is the candidate with id 5).
            """,
        subcommands: [Add.self, List.self, Show.self, Erase.self, WithdrawConsent.self])
}
