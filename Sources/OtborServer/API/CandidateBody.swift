import Foundation
import OtborCore

/// The JSON body of `POST /api/v1/candidates`, the fields of `otbor candidates add`:
/// `{"name": …, "email": …, "phone": …, "source": …, "consentDate": "yyyy-mm-dd", "group": …, "notes": …}`;
/// only `name` is required, `consentDate` defaults to today.
struct CandidateBody: Decodable, Sendable {
    var name: String?
    var email: String?
    var phone: String?
    var source: String?
    var consentDate: String?
    var group: String?
    var notes: String?

    /// The candidate to add, checked by the rules every front end shares (``CandidateFields``).
    func candidate(today: CalendarDate) throws(FieldProblem) -> NewCandidate {
        guard let name = try CandidateFields.line(name, field: "name", kind: .name) else {
            throw FieldProblem(field: "name", message: "name is required: the candidate's full name")
        }
        var consent: CalendarDate?
        if let consentDate {
            guard let day = CalendarDate(consentDate) else {
                throw FieldProblem(field: "consentDate", message: "consentDate '\(consentDate)' is not a day; write it as yyyy-mm-dd")
            }
            consent = day
        }
        return NewCandidate(
            name: name, email: try CandidateFields.email(email, field: "email"), phone: try CandidateFields.phone(phone, field: "phone"),
            source: try CandidateFields.line(source, field: "source"),
            consentDate: try CandidateFields.pastDate(consent, field: "consentDate", today: today),
            fairnessGroup: try CandidateFields.line(group, field: "group"), notes: try CandidateFields.text(notes, field: "notes"))
    }
}
