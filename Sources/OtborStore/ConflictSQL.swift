/// SQL both engines share for conflicts of interest (``OtborCore/ConflictOfInterest``).
public enum ConflictSQL {
    /// A condition that leaves out of a session query (one that joins `application`) the sessions
    /// of an assessor who declared a conflict of interest with the candidate.
    public static let sessionCounts = """
        NOT EXISTS (SELECT 1 FROM conflict_of_interest WHERE conflict_of_interest.candidateId = application.candidateId \
        AND conflict_of_interest.login = session.assessor)
        """
}
