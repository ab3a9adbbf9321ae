import OtborCore

extension NewCandidate {
    /// A candidate with the consent date written `yyyy-mm-dd`.
    public init(name: String, email: String? = nil, phone: String? = nil, source: String? = nil, consentDate: String,
                fairnessGroup: String? = nil, notes: String? = nil) {
        self.init(name: name, email: email, phone: phone, source: source, consentDate: CalendarDate(consentDate)!,
                  fairnessGroup: fairnessGroup, notes: notes)
    }
}
