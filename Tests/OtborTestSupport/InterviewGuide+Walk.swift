import OtborCore

extension InterviewGuide {
    /// The steps a sitting shows one after another when every step shown is answered, in order:
    /// the whole guide, less the alternates closed by the answers before them
    /// (``InterviewGuide/closedSteps(answered:)``). A guide without alternatives gives its `steps`.
    public var walkedSteps: [InterviewStep] {
        var answered: Set<String> = []
        var walked: [InterviewStep] = []
        for step in steps where !closedSteps(answered: { answered.contains($0.key) }).contains(step) {
            answered.insert(step.key)
            walked.append(step)
        }
        return walked
    }
}
