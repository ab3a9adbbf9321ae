import ArgumentParser
import OtborCore

/// `--decision advance|hold|reject|hire`.
extension Decision: ExpressibleByArgument {}
