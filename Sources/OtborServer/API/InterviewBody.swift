/// The JSON body of `POST /api/v1/interviews`: `{"candidate": 12 or "Full Name", "profile": "id",
/// "stage": "guide id"}`. The assessor is the caller.
struct InterviewBody: Decodable, Sendable {
    /// The candidate's id (a number or its digits) or exact name.
    var candidate: String
    var profile: String
    var stage: String

    private enum Keys: String, CodingKey {
        case candidate, profile, stage
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        if let id = try? container.decode(Int64.self, forKey: .candidate) {
            candidate = String(id)
        } else {
            candidate = try container.decode(String.self, forKey: .candidate)
        }
        profile = try container.decode(String.self, forKey: .profile)
        stage = try container.decode(String.self, forKey: .stage)
    }

    static let shape = #"{"candidate": 12 or "Full Name", "profile": "profile id", "stage": "guide id"}"#
}
