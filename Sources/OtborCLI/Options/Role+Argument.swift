import ArgumentParser
import OtborCore

/// `--role admin|hr|assessor|observer`.
extension Role: ExpressibleByArgument {}
