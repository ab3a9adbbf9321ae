/// Whose interview sessions an account works on and reads in the console. The console records an
/// account's login as the assessor of the sessions it starts, so the audit log names the login.
extension Account {
    /// Whether `session` is this account's own: its assessor is the account's login.
    public func owns(_ session: InterviewSession) -> Bool {
        session.assessor == login.rawValue
    }

    /// Which sessions the account may read (``StageVisibility``): those who both conduct
    /// interviews and read reports (HR, administrators) oversee every stage they do not assess
    /// themselves; an assessor sees a colleague's ratings of a stage only once the whole stage is
    /// submitted; anyone else (an observer) only what the panel sees.
    public var sessionVisibility: StageVisibility {
        guard may(.conductInterviews) else { return .panel }
        return may(.readReports) ? .supervisor(login.rawValue) : .assessor(login.rawValue)
    }
}
