/// Where a sitting stands among its steps, as saved between sittings so that any front end, on any
/// device, continues exactly there: the step shown, the steps skipped to come back to, and the way
/// back (``StepNavigator``).
///
/// Steps are named by session and step key rather than by position, so a group sitting resumes the
/// same way whichever order its sessions are listed in.
public struct SittingNavigation: Sendable, Hashable, Codable {
    /// One step of one session of the sitting.
    public struct Place: Sendable, Hashable, Codable {
        /// The session's id.
        public var session: SessionID
        /// The step's key (``InterviewStep/key``).
        public var step: String

        public init(session: SessionID, step: String) {
            self.session = session
            self.step = step
        }
    }

    /// The step shown; `nil` once every step is answered (red flags and submitting come next).
    public var current: Place?
    /// Steps skipped to come back to, in the sitting's order.
    public var skipped: [Place]
    /// Steps left by answering or skipping, oldest first: going back returns to the last one.
    public var history: [Place]

    public init(current: Place?, skipped: [Place] = [], history: [Place] = []) {
        self.current = current
        self.skipped = skipped
        self.history = history
    }
}
