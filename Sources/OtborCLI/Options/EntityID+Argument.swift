import ArgumentParser
import OtborCore

/// Ids typed on the command line: a decimal number.
extension EntityID: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}
