import ArgumentParser
import OtborCore

/// `--lang ru|en`.
extension ContentLanguage: ExpressibleByArgument {}
