import Foundation
import Hummingbird
import HummingbirdTesting
import OtborCore
import OtborServer
import OtborStore
import OtborTestSupport
import Testing

/// The interview API end to end: start, read, answer every kind of step, submit, the lock, the
/// scorecard; idempotent answers; what a bad answer gets.
struct InterviewAPITests {
    /// One body per step of ``MixedGuide``, and the answer it records.
    static let answers: [(step: String, body: String, value: AnswerValue)] = [
        ("conflict", #"{"rating": 4, "note": "спокойно разобрал"}"#, .rating(4)),
        ("angry-client/tone", #"{"notAssessed": true}"#, .rating(nil)),
        ("angry-client#checklist", #"{"ticks": ["apologises"]}"#, .checklist(["apologises"])),
        ("discount/realism", #"{"rating": 3}"#, .rating(3)),
        ("discount#responsibility", #"{"option": "adequate", "note": "верно"}"#, .classification("adequate")),
        ("day#plan", #"{"plan": [{"task": "lecture", "kept": true, "minutes": 60}, {"task": "lunch", "kept": false}]}"#,
         .plan(WorkingDayPlan(entries: [.init(task: "lecture", kept: true, minutes: 60), .init(task: "lunch", kept: false, minutes: 0)]))),
    ]

    @Test("start → read → answer each kind of step → submit → a later answer is 409; the audit names the login")
    func flow() async throws {
        let fixture = try await ConsoleFixture()
        let candidate = try fixture.candidate("Анна Петрова")
        let token = try fixture.token("assessor")
        let id = try await fixture.test { client in
            let api = InterviewAPIClient(client: client, token: token)
            let started = try await api.call(.post, "/api/v1/interviews", #"{"candidate": "Анна Петрова", "profile": "ssm", "stage": "mixed"}"#)
            #expect(started.status == .created)
            let document = try InterviewAPIClient.object(started)
            let id = try #require(document["id"] as? Int)
            #expect(started.headers[.location] == "/api/v1/interviews/\(id)")
            #expect(document["assessor"] as? String == "assessor" && document["status"] as? String == "open")
            #expect(document["answered"] as? Int == 0 && document["total"] as? Int == 6)
            let steps = try #require(document["steps"] as? [[String: Any]])
            #expect(steps.map { $0["key"] as? String } == MixedGuide.guide.steps.map(\.key))
            #expect(steps.map { $0["kind"] as? String } == ["rating", "rating", "checklist", "rating", "classification", "plan"])
            #expect(steps[2]["accepts"] as? [String] == ["apologises", "interrupts"] && steps[0]["answer"] is NSNull)
            for answer in Self.answers {
                let response = try await api.put(Int64(id), answer.step, answer.body)
                #expect(response.status == .ok, "\(answer.step): \(String(buffer: response.body))")
                let step = try InterviewAPIClient.object(response)
                #expect(step["key"] as? String == answer.step)
                // The step shows the answer as stored: the body sent, a dropped task with its 0 minutes.
                let echo = answer.step == "day#plan" ? answer.body.replacingOccurrences(of: #""kept": false}"#, with: #""kept": false, "minutes": 0}"#)
                    : answer.body
                let sent = try JSONSerialization.jsonObject(with: Data(echo.utf8)) as? NSDictionary
                #expect(step["answer"] as? NSDictionary == sent, "\(answer.step): \(step)")
            }
            let read = try InterviewAPIClient.object(try await api.get(Int64(id)))
            #expect(read["answered"] as? Int == 6)
            let plan = try #require(((read["steps"] as? [[String: Any]])?.last?["answer"] as? [String: Any])?["plan"] as? [[String: Any]])
            #expect(plan.map { $0["task"] as? String } == ["lecture", "lunch"] && plan.map { $0["kept"] as? Bool } == [true, false])
            let submitted = try await api.call(.post, "/api/v1/interviews/\(id)/submit")
            #expect(try submitted.status == .ok && InterviewAPIClient.object(submitted)["status"] as? String == "submitted")
            let late = try await api.put(Int64(id), "conflict", #"{"rating": 2}"#)
            #expect(late.status == .conflict && late.headers[.contentType] == "application/problem+json")
            #expect(try await api.call(.post, "/api/v1/interviews/\(id)/submit").status == .conflict)
            return SessionID(Int64(id))
        }
        var expected = SessionAnswers()
        for answer in Self.answers { expected.apply(answer.value, to: MixedGuide.step(answer.step)) }
        #expect(try fixture.store.answers(session: id) == expected)
        #expect(try fixture.store.notes(session: id) == ["conflict": "спокойно разобрал", "discount#responsibility": "верно"])
        #expect(try fixture.store.session(id).status == .submitted)
        let audit = try fixture.store.auditLog(subject: "session:\(id)")
        #expect(audit.map(\.action) == [.sessionStart] + Array(repeating: .answerRecord, count: 6) + [.sessionSubmit])
        #expect(audit.allSatisfy { $0.actor == "assessor" })
        _ = candidate
    }

    @Test("PUT is idempotent: the same body twice leaves one answer; two tabs' writes: the last wins and both read it")
    func lastWriteWins() async throws {
        let fixture = try await ConsoleFixture()
        let candidate = try fixture.candidate("Анна")
        let token = try fixture.token("assessor")
        let id = try await fixture.test { client in
            let tab1 = InterviewAPIClient(client: client, token: token), tab2 = InterviewAPIClient(client: client, token: token)
            let id = try await tab1.start(candidate.rawValue)
            let first = try await tab1.put(id, "conflict", #"{"rating": 4, "note": "первая"}"#)
            let again = try await tab1.put(id, "conflict", #"{"rating": 4, "note": "первая"}"#)
            #expect(first.status == .ok && String(buffer: first.body) == String(buffer: again.body))
            let newer = try await tab2.put(id, "conflict", #"{"rating": 2, "note": "вторая"}"#)
            #expect((try InterviewAPIClient.object(newer)["answer"] as? [String: Any])?["rating"] as? Int == 2)
            let seen = try InterviewAPIClient.object(try await tab1.get(id))
            let step = try #require((seen["steps"] as? [[String: Any]])?.first?["answer"] as? [String: Any])
            #expect(step["rating"] as? Int == 2 && step["note"] as? String == "вторая" && seen["answered"] as? Int == 1)
            return SessionID(id)
        }
        #expect(try fixture.store.answers(session: id).ratings == ["conflict": 2])
        #expect(try fixture.store.notes(session: id) == ["conflict": "вторая"])
    }

    @Test("a bad answer is 422 naming the step and what is accepted, in Russian by default and in English on request; nothing stored",
          arguments: [
              ("conflict", #"{"rating": 7}"#, "rating 7 is outside the scale 1–5", "оценка 7 вне шкалы 1–5"),
              ("angry-client#checklist", #"{"ticks": ["apologises", "sings"]}"#, "behaviour 'sings' is not on its checklist", "«sings»"),
              ("discount#responsibility", #"{"option": "maybe"}"#, "option 'maybe' is not one of the step's options", "«maybe»"),
              ("day#plan", #"{"plan": [{"task": "nap", "minutes": 30}]}"#, "task 'nap' is not on the working day's list", "«nap»"),
              ("day#plan", #"{"plan": [{"task": "lecture", "minutes": 0}]}"#, "outside 1–1440", "0 мин"),
              ("conflict", #"{"ticks": ["apologises"]}"#, "it takes a rating answer, not a checklist", "«оценка», а не «чек-лист»"),
              ("conflict", #"{"rating": 4, "option": "adequate"}"#, #"{"rating": 1…5} or {"notAssessed": true}"#, "передайте как"),
              ("angry-client#checklist", #"{"notAssessed": true}"#, #"{"ticks": ["behaviour", …]}"#, "передайте как"),
              ("conflict", #"{"rating": 4.5}"#, #"{"rating": 1…5}"#, "«conflict»"),
              ("conflict", "not json", #"{"rating": 1…5}"#, "«conflict»"),
              ("conflict", #"{"rating": 4, "note": "a\u0000b"}"#, "control character U+0000", "U+0000"),
              ("conflict", #"{"rating": 4, "note": "\#(String(repeating: "я", count: 10_001))"}"#, "10001 characters long", "10001"),
          ])
    func badAnswer(step: String, body: String, english: String, russian: String) async throws {
        let fixture = try await ConsoleFixture()
        let id = try await fixture.interview { api, id in
            let response = try await api.put(id, step, body)
            #expect(response.status == .unprocessableContent && response.headers[.contentType] == "application/problem+json")
            let detail = try InterviewAPIClient.detail(response)
            #expect(detail.contains(russian) && detail.contains(step), "\(detail)")
            let worded = try InterviewAPIClient.detail(try await api.put(id, step, body, lang: "en"))
            #expect(worded.contains(english) && worded.contains("'\(step)'"), "\(worded)")
        }
        #expect(try fixture.store.answers(session: id) == SessionAnswers())
    }

    @Test("an unknown step is 404 listing the guide's steps; submit with unanswered steps is 422 unless allowed")
    func unknownStepAndUnanswered() async throws {
        let fixture = try await ConsoleFixture()
        _ = try await fixture.interview(as: "hr") { api, id in
            let unknown = try await api.put(id, "angry-client/volume", #"{"rating": 3}"#, lang: "en")
            #expect(unknown.status == .notFound)
            #expect(try InterviewAPIClient.detail(unknown).contains("Guide mixed has no step 'angry-client/volume'; its steps: conflict, angry-client/tone"))
            #expect(try await api.put(id, "conflict", #"{"rating": 5}"#).status == .ok)
            let refused = try await api.call(.post, "/api/v1/interviews/\(id)/submit?lang=en")
            #expect(refused.status == .unprocessableContent)
            #expect(try InterviewAPIClient.detail(refused).contains("unanswered steps: angry-client/tone, angry-client#checklist, discount/realism"))
            let allowed = try await api.call(.post, "/api/v1/interviews/\(id)/submit", #"{"allowUnanswered": true}"#)
            #expect(allowed.status == .ok)
        }
    }
}
