import ArgumentParser
import OtborCore

/// `--tolerance`: the scoring engine's settings, shared by the commands that score.
struct EngineOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Hurdle tolerance τ: a critical competency fails below its level − τ (0 to 1).", valueName: "τ"))
    var tolerance: Double = 0

    func validate() throws {
        let words = ConsoleWording.commandLine
        guard tolerance >= 0, tolerance <= 1 else { throw ValidationError(words(.toleranceRange, ["value": CompactNumber.format(tolerance)])) }
    }

    var engine: ScoringEngine { ScoringEngine(tolerance: tolerance) }
}
