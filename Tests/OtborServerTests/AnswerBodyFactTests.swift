import Foundation
import OtborCore
@testable import OtborServer
import Testing

/// The API's answer body for a screening fact: `{option}`, `{value}` or `{notAssessed}`, read by
/// the step's kind and written back the same way.
struct AnswerBodyFactTests {
    static let table: [(body: String, kind: InterviewStep.Kind, value: AnswerValue?)] = [
        (#"{"option": "never"}"#, .fact, .fact(.option("never"))),
        (#"{"value": 150000}"#, .fact, .fact(.amount(150_000))),
        (#"{"notAssessed": true}"#, .fact, .fact(nil)),
        (#"{"option": "adequate"}"#, .classification("responsibility"), .classification("adequate")),
        (#"{"value": 150000}"#, .rating(criterion: nil), .fact(.amount(150_000))),
        (#"{"option": "never", "value": 1}"#, .fact, nil),
    ]

    @Test("a fact body reads by the step's kind; a value for another kind is left to Core's fit check", arguments: table)
    func reads(_ body: String, _ kind: InterviewStep.Kind, _ expected: AnswerValue?) throws {
        let decoded = try JSONDecoder().decode(AnswerBody.self, from: Data(body.utf8))
        #expect(decoded.value(for: kind) == expected)
    }

    @Test("a recorded fact is shown as the body that records it", arguments: [
        AnswerValue.fact(.option("never")), .fact(.amount(150_000)), .fact(nil),
    ])
    func roundTrip(_ value: AnswerValue) {
        #expect(AnswerBody(value, note: nil).value(for: .fact) == value)
    }
}
