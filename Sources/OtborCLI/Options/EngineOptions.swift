import ArgumentParser
import OtborCore

/// `--tolerance`: the scoring engine's settings, shared by the commands that score.
struct EngineOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Hurdle tolerance τ: a critical competency fails below its level − τ (0 to 1).", valueName: "τ"))
    var tolerance: Double = 0

    func validate() throws {
        guard tolerance >= 0, tolerance <= 1 else { throw ValidationError("--tolerance must be between 0 and 1, not \(tolerance)") }
    }

    var engine: ScoringEngine { ScoringEngine(tolerance: tolerance) }
}
