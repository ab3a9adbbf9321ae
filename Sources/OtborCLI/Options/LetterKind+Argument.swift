import ArgumentParser
import OtborCore

/// `otbor letter invitation|rejection|screening-rejection|offer`.
extension LetterKind: ExpressibleByArgument {}
