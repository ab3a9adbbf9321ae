import Foundation
import OtborCore
import Testing
@testable import OtborLoading

/// Scoresheets (Tests/Fixtures/scoresheets) read against the minimal fixture workspace or the
/// shipped one: good files give the answers, each broken file exactly its diagnostic lines.
struct ScoresheetLoaderTests {
    static let minimal = WorkspaceLoader(root: FixtureWorkspace.minimal).load().library
    static let shipped = WorkspaceLoader(root: FixtureWorkspace.repository).load().library
    static let folder = FixtureWorkspace.fixtures.appendingPathComponent("scoresheets")
    static let today = CalendarDate(year: 2026, month: 12, day: 1)

    static func load(_ name: String, library: ContentLibrary = minimal) -> ScoresheetLoader.Result {
        ScoresheetLoader.load(contentsOf: folder.appendingPathComponent(name), path: name, library: library, today: today)
    }

    static let broken: [(fixture: String, expected: [String])] = [
        ("bad-date", [
            "broken/bad-date.yaml:4:12: error: 'conducted' must be a date written yyyy-mm-dd, found '12.11.2026'"]),
        ("checklist-not-a-list", [
            "broken/checklist-not-a-list.yaml:8:31: error: 'angry-client#checklist' takes the list of behaviours ticked ([] for none), found 'apologises'"]),
        ("dropped-with-minutes", [
            "broken/dropped-with-minutes.yaml:10:40: error: task 'lunch' is dropped, so it takes no 'minutes'"]),
        ("duplicate-key", [
            "broken/duplicate-key.yaml:8:7: error: duplicate key 'conflict' in the same mapping"]),
        ("exercise-rated-as-question", [
            "broken/exercise-rated-as-question.yaml:8:7: error: 'angry-client' is a role-play item, not a question; its steps are: angry-client/tone, angry-client#checklist"]),
        ("future-date", [
            "broken/future-date.yaml:4:12: error: 'conducted' is 2027-01-15, after today (2026-12-01)"]),
        ("missing-candidate", [
            "broken/missing-candidate.yaml:5:5: error: missing required key 'candidate' in sheet"]),
        ("misspelt-answers-key", [
            "broken/misspelt-answers-key.yaml:6:5: error: unknown key 'answer' in sheet; did you mean 'answers'? expected one of: candidate, answers, red-flags"]),
        ("invisible-assessor", [
            "broken/invisible-assessor.yaml:3:11: error: 'assessor' is refused: it has no visible character (only marks, spaces or direction controls)"]),
        ("long-assessor", [
            "broken/long-assessor.yaml:3:11: error: 'assessor' is refused: it is 205 characters long; the most is 200"]),
        ("nul-in-note", [
            "broken/nul-in-note.yaml:7:35: error: 'note' is refused: it holds the control character U+0000 at line 1, column 18"]),
        ("plus-rating", [
            "broken/plus-rating.yaml:7:17: error: 'conflict' takes a rating 1–5 or n (not assessed), found '+3'"]),
        ("rating-out-of-range", [
            "broken/rating-out-of-range.yaml:7:26: error: rating 6 of 'conflict' is outside the scale; write a rating 1–5 or n (not assessed)"]),
        ("submit-not-boolean", [
            "broken/submit-not-boolean.yaml:4:9: error: 'submit' must be true or false, found 'yes please'"]),
        ("two-sheets-one-candidate-guide", [
            "broken/two-sheets-one-candidate-guide.yaml:8:5: error: guide 'phone' takes one candidate per scoresheet (2 sheets); only a group guide takes a sheet per candidate"]),
        ("unknown-behaviour", [
            "broken/unknown-behaviour.yaml:8:32: error: unknown behaviour 'apologizes' in 'angry-client#checklist'; did you mean 'apologises'?"]),
        ("unknown-criterion", [
            "broken/unknown-criterion.yaml:8:7: error: unknown criterion 'tnoe' of role-play 'angry-client'; did you mean 'angry-client/tone'?"]),
        ("unknown-option", [
            "broken/unknown-option.yaml:8:32: error: unknown option 'adequat' of 'discount#responsibility'; did you mean 'adequate'?"]),
        ("unknown-profile", [
            "broken/unknown-profile.yaml:1:10: error: unknown profile 'testr'; did you mean 'tester'?"]),
        ("unknown-red-flag", [
            "broken/unknown-red-flag.yaml:8:17: error: unknown red flag 'blames-employr' of guide 'phone'; did you mean 'blames-employer'?"]),
        ("unknown-step", [
            "broken/unknown-step.yaml:7:7: error: unknown step 'conflit' in guide 'phone'; did you mean 'conflict'?"]),
        ("unknown-task", [
            "broken/unknown-task.yaml:9:18: error: unknown task 'lectures' in 'day#plan'; did you mean 'lecture'?"]),
    ]

    @Test("a broken scoresheet reports exactly its defect and yields nothing to import", arguments: broken)
    func brokenScoresheet(_ fixture: String, _ expected: [String]) {
        let result = Self.load("broken/\(fixture).yaml")
        #expect(result.diagnostics.map(\.description) == expected)
        #expect(result.diagnostics.hasErrors)
    }

    @Test("every broken scoresheet is in the table")
    func tableCoversEveryFixture() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.appendingPathComponent("broken").path)
        #expect(Set(files.map { String($0.dropLast(5)) }) == Set(Self.broken.map(\.fixture)))
        #expect(Self.broken.count >= 10)
    }

    @Test("a scoresheet with several defects reports every one, sorted by line and column")
    func severalDefects() {
        let result = Self.load("several-defects.yaml")
        #expect(result.diagnostics.map(\.description) == [
            "several-defects.yaml:5:12: error: 'conducted' must be a date written yyyy-mm-dd, found '2026-13-01'",
            "several-defects.yaml:9:26: error: 'angry-client/tone' takes a rating 1–5 or n (not assessed), found 'отлично'",
            "several-defects.yaml:10:44: error: behaviour 'apologises' is ticked twice in 'angry-client#checklist'",
            "several-defects.yaml:11:37: error: unknown key 'comment' in the answer to 'discount/realism'; expected one of: rating, note",
            "several-defects.yaml:14:11: error: plan line of task 'lecture' needs 'minutes', or 'dropped: true' when the candidate drops it",
            "several-defects.yaml:16:7: error: working-day 'day' has no step 'day#schedule'; its steps are: day#plan",
            "several-defects.yaml:17:17: error: unknown red flag 'blames-employer' of guide 'roleplay'; the guide defines no red flags",
        ])
    }

    @Test("a good scoresheet gives every kind of answer, in the guide's order, with notes")
    func goodRolePlay() throws {
        let result = Self.load("good-roleplay.yaml")
        #expect(result.diagnostics.isEmpty)
        let sheet = try #require(result.scoresheet)
        #expect(sheet.profile.id == "tester" && sheet.guide.id == "roleplay")
        #expect(sheet.assessor == "Ирина Смирнова" && sheet.submit)
        #expect(sheet.conducted == CalendarDate(year: 2026, month: 11, day: 12))
        #expect(sheet.sheets.count == 1)
        let only = sheet.sheets[0]
        #expect(only.candidate.text == "Анна Петрова" && only.candidate.id == nil)
        #expect(only.answers.map(\.step.key) == sheet.guide.steps.map(\.key))
        #expect(only.answers.map(\.value) == [
            .rating(4), .checklist(["apologises"]), .rating(nil), .classification("adequate"),
            .plan(WorkingDayPlan(entries: [.init(task: "lecture", kept: true, minutes: 60),
                                           .init(task: "lunch", kept: false, minutes: 0)])),
        ])
        #expect(only.answers.map(\.note) == ["Извинилась, назвала срок ответа", "", "",
                                            "Пообещала ответ руководителя до пятницы", ""])
        #expect(only.unanswered.isEmpty && only.redFlags.isEmpty)
    }

    @Test("submit: false, a candidate id and a red flag with a note")
    func goodPhone() throws {
        let result = Self.load("good-phone.yaml")
        #expect(result.diagnostics.isEmpty)
        let sheet = try #require(result.scoresheet)
        #expect(!sheet.submit && sheet.conducted == nil)
        #expect(sheet.sheets[0].candidate.id == 1)
        #expect(sheet.sheets[0].redFlags.map { "\($0.id): \($0.note)" } == ["blames-employer: «Начальник ничего не понимал»"])
    }

    @Test("steps left out or left empty are unanswered: a warning when the sheet is submitted")
    func unansweredWarning() throws {
        let result = Self.load("unanswered-warning.yaml")
        #expect(result.diagnostics.map(\.description) == [
            "unanswered-warning.yaml:6:5: warning: 4 steps not answered; they count as not assessed: "
                + "angry-client#checklist, discount/realism, discount#responsibility, day#plan",
        ])
        #expect(!result.diagnostics.hasErrors)
        #expect(try #require(result.scoresheet).sheets[0].answers.map(\.step.key) == ["angry-client/tone"])
    }

    @Test("a group exercise of the shipped workspace takes a sheet per candidate")
    func groupExercise() throws {
        let result = Self.load("real-group-exercise.yaml", library: Self.shipped)
        #expect(result.diagnostics.map(\.description) == [
            "real-group-exercise.yaml:17:5: warning: 3 steps not answered; they count as not assessed: "
                + "team-disagreements, usual-team-role, own-contribution",
        ])
        let sheet = try #require(result.scoresheet)
        #expect(sheet.sheets.map(\.candidate.text) == ["Анна Петрова", "Борис Орлов"])
        #expect(sheet.sheets.map(\.answers.count) == [7, 4])
        #expect(sheet.sheets[1].redFlags.map(\.id) == ["interrupts-criticises"])
    }

    @Test("a guide that is not a stage of the profile is refused at the guide")
    func guideNotInProcess() {
        let result = Self.load("real-guide-not-in-process.yaml", library: Self.shipped)
        #expect(result.diagnostics.map(\.description) == [
            "real-guide-not-in-process.yaml:2:8: error: guide 'fitness-interview' is not a stage of profile "
                + "'senior-support-manager'; its stages are: phone-screen, phone-screen-senior, hr-interview, manager-interview, case-interview, "
                + "working-day, client-role-play, team-lead-role-play, group-exercise",
        ])
    }

    // MARK: Candidates

    static let known = [KnownCandidate(id: 1, name: "Анна Петрова"), KnownCandidate(id: 2, name: "Борис Орлов"),
                        KnownCandidate(id: 3, name: "Вера Соколова"), KnownCandidate(id: 4, name: "Вера Соколова")]

    static func resolve(_ yaml: String, existing: [Int64: Int64] = [:]) -> (ids: [Int64?], lines: [String]) {
        let result = ScoresheetLoader.parse(Data(yaml.utf8), path: "sheet.yaml", library: shipped)
        let (ids, diagnostics) = result.resolveCandidates(known) { existing[$0] }
        return (ids, (result.diagnostics + diagnostics).sorted().map(\.description))
    }

    static func groupSheet(_ candidates: [String]) -> String {
        "profile: senior-support-manager\nguide: group-exercise\nassessor: Ольга\nsubmit: false\nsheets:\n"
            + candidates.map { "  - candidate: \($0)\n    answers: {chat-wait-time/activity: 3}\n" }.joined()
    }

    @Test("candidates are found by id or by full name, ignoring case")
    func candidatesResolve() {
        let resolved = Self.resolve(Self.groupSheet(["2", "анна петрова"]))
        #expect(resolved.lines == [])
        #expect(resolved.ids == [2, 1])
    }

    @Test("unknown, ambiguous and repeated candidates are errors at the candidate")
    func candidateErrors() {
        let resolved = Self.resolve(Self.groupSheet(["Анна Петрова", "Борис Орлв", "9", "Вера Соколова", "1"]))
        #expect(resolved.ids == [1, nil, nil, nil, 1])
        #expect(resolved.lines == [
            "sheet.yaml:8:16: error: no candidate named 'Борис Орлв'; did you mean 'Борис Орлов'?",
            "sheet.yaml:10:16: error: no candidate with id 9; `otbor candidates list` shows the ids",
            "sheet.yaml:12:16: error: 2 candidates are named 'Вера Соколова' (ids 3, 4); write the id instead",
            "sheet.yaml:14:16: error: candidate 1 (Анна Петрова) already has a sheet at line 6; "
                + "one assessor scores a candidate once per guide",
        ])
    }

    @Test("a candidate the assessor already scored on this guide is an error at the candidate")
    func existingSession() {
        let resolved = Self.resolve(Self.groupSheet(["1", "2"]), existing: [2: 17])
        #expect(resolved.lines == [
            "sheet.yaml:8:16: error: Ольга already has session 17 for candidate 2 (Борис Орлов) on guide "
                + "'group-exercise'; one assessor scores a candidate once per guide",
        ])
    }
}

extension ScoresheetLoaderTests {
    @Test("the complete examples of Docs/DataFormat.md read with no error")
    func documentedExamples() throws {
        let text = try String(contentsOf: FixtureWorkspace.repository.appendingPathComponent("Docs/DataFormat.md"), encoding: .utf8)
        let section = try #require(text.components(separatedBy: "## Scoresheets").last)
        let blocks = section.components(separatedBy: "```yaml\n").dropFirst()
            .map { $0.components(separatedBy: "```")[0] }
            .filter { $0.hasPrefix("profile:") }
        #expect(blocks.count == 2)
        for block in blocks {
            let result = ScoresheetLoader.parse(Data(block.utf8), path: "example.yaml", library: Self.shipped)
            #expect(result.diagnostics.errors.map(\.description) == [])
            #expect(result.scoresheet != nil)
        }
    }
}
