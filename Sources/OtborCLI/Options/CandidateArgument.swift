import ArgumentParser

/// The help of every option and argument that names a candidate (``OtborCore/CandidateReference``).
enum CandidateArgument {
    /// The accepted forms.
    static let forms = "id or full name; id:N or name:TEXT says which (a candidate named 5 is name:5)"

    /// `subject: forms.` with the value name `candidate`.
    static func help(_ subject: String = "The candidate") -> ArgumentHelp {
        ArgumentHelp("\(subject): \(forms).", valueName: "candidate")
    }
}
