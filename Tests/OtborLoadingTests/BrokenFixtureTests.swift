import Foundation
import Testing
@testable import OtborLoading

/// Each fixture in Tests/Fixtures/broken has exactly one defect; the loader must report exactly
/// the expected line for it, at the position of the offending key or value.
struct BrokenFixtureTests {
    static let cases: [(fixture: String, expected: String)] = [
        ("bad-catalog-id", "Interviews/phone.yaml:7:144: error: 'Q2-11' is not a catalog id of seeds-catalog.md (such as Q002-11, RP-04, CASE-06, GRP-07)"),
        ("bad-clock-time", "Interviews/roleplay.yaml:11:18: error: 'start' must be a time of day written \"HH:MM\", found '9 утра'"),
        ("bad-utf8", "Interviews/disc.yaml:3:8: error: the file is not valid UTF-8 text; save it as UTF-8"),
        ("critical-context", "Profiles/tester.yaml:9:76: error: requirement 'responsibility' is 'critical' and 'use: context'; a critical requirement is a hurdle and must be scored: remove 'use: context' or 'critical: true'"),
        ("disc-letter", "Profiles/tester.yaml:10:7: error: 'disc' must be distinct letters from D, I, S, C (such as SC), found 'SX'"),
        ("disc-missing-factor", "Interviews/disc.yaml:6:14: error: missing required key 'C' in 'options'"),
        ("duplicate-competency-id", "Profiles/competencies.yaml:13:9: error: duplicate competency id 'politeness'"),
        ("duplicate-item-id", "Interviews/phone.yaml:8:10: error: duplicate item id 'q'"),
        ("duplicate-key", "Profiles/tester.yaml:5:1: error: duplicate key 'title' in the same mapping"),
        ("empty-file", "Interviews/roleplay.yaml:1:1: error: the file holds no YAML document"),
        ("huge-number", "Interviews/phone.yaml:5:11: error: 'duration' must be an integer from 1 to 1440, found '99999999999999999999999'"),
        ("id-not-stem", "Interviews/phone.yaml:2:5: error: id 'phone-screen' must equal the file name 'phone'"),
        ("item-without-source", "Interviews/phone.yaml:7:10: error: item 'q' must record its 'source' or say it is 'authored'"),
        ("knockout-both", "Profiles/tester.yaml:11:5: error: a knock-out rule needs either 'competency' with 'below', or 'flag'"),
        ("knockout-unknown-flag", "Profiles/tester.yaml:11:49: error: unknown red flag 'blames-boss'; no guide of the process defines it"),
        ("knockout-on-context", "Profiles/tester.yaml:11:44: error: knock-out rule names 'politeness', which this profile keeps as context ('use: context'); a knock-out must rest on a scored requirement"),
        ("knockout-under-hurdle", "Profiles/tester.yaml:11:81: warning: knock-out rule on 'responsibility' below 3 never fires: the requirement is critical at level 3, and the hurdle already fails every score below 3; remove the knock-out"),
        ("level-out-of-range", "Profiles/tester.yaml:8:37: error: 'level' must be an integer from 1 to 5, found 6"),
        ("missing-level", "Profiles/competencies.yaml:12:13: error: 'levels' must describe every level 1–5; missing 4"),
        ("missing-title", "Interviews/phone.yaml:2:1: error: missing required key 'title' in an interview guide"),
        ("negative-question-weight", "Interviews/phone.yaml:12:32: error: 'politeness' must be greater than zero, found -1"),
        ("people-text-catalogue-id", "Interviews/phone.yaml:12:46: warning: text meant for people contains the catalogue id 'Q002-11', which people do not know; say in words what it stands for and keep the id in `source`"),
        ("people-text-english-catalogue-id", "Interviews/phone.yaml:12:100: warning: text meant for people contains the catalogue id 'RP-04', which people do not know; say in words what it stands for and keep the id in `source`"),
        ("people-text-guide-id", "Profiles/tester.yaml:18:54: warning: text meant for people contains the guide id 'roleplay', which people do not know; say in words what it stands for"),
        ("people-text-yaml-key", "Interviews/phone.yaml:13:57: warning: text meant for people contains the YAML key 'redFlags', which people do not know; say in words what it stands for"),
        ("protected-children", "Interviews/phone.yaml:12:25: warning: the question asks about children or family plans ('дети'), which an employer may not ask a candidate about (Labour Code of Russia, art. 3 and 64); ask about what the job requires"),
        ("protected-english-married", "Interviews/phone.yaml:12:64: warning: the question asks about marital status ('married'), which an employer may not ask a candidate about (Labour Code of Russia, art. 3 and 64); ask about what the job requires"),
        ("root-is-list", "Interviews/disc.yaml:2:1: error: the DISC inventory must be a mapping of keys to values, found a list"),
        ("syntax-unclosed-flow-list", "Profiles/tester.yaml:18:31: error: YAML syntax: this is not closed before the end of the file (while parsing a flow sequence): did not find expected ',' or ']'"),
        ("syntax-unclosed-quote", "Interviews/phone.yaml:4:8: error: YAML syntax: this is not closed before the end of the file (while scanning a quoted scalar): found unexpected end of stream"),
        ("tab-indentation", "Interviews/disc.yaml:5:1: error: YAML syntax: found character that cannot start any token (while scanning for the next token at 5:1); YAML does not allow tabs for indentation, use spaces"),
        ("undercovered-warning", "Profiles/tester.yaml:13:18: warning: required competency 'responsibility' is measured by only phone; measure it in at least 2 stages of the process"),
        ("unknown-competency", "Interviews/phone.yaml:12:20: error: unknown competency 'politenes' in item 'q'; did you mean 'politeness'?"),
        ("unknown-group", "Profiles/competencies.yaml:5:12: error: 'group' must be one of managerial, special, personal, hard, soft, found 'personable'"),
        ("unknown-guide", "Profiles/tester.yaml:12:13: error: unknown guide 'role-play' in process; no file Interviews/role-play.yaml; did you mean 'roleplay'?"),
        ("unknown-item-type", "Interviews/phone.yaml:7:19: error: 'type' must be one of case, fact, group-exercise, question, role-play, working-day, found 'quiz'"),
        ("unknown-key", "Interviews/phone.yaml:5:1: error: unknown key 'duraton' in an interview guide; did you mean 'duration'? expected one of: id, kind, title, duration, items, purpose, instructions, participants, assessors, source, authored, redFlags, for, alternatives"),
        ("unknown-profile-in-for", "Interviews/roleplay.yaml:4:7: error: unknown profile 'testr' in the guide's `for`; no file Profiles/testr.yaml; did you mean 'tester'?"),
        ("unknown-stage-kind", "Interviews/phone.yaml:3:7: error: 'kind' must be one of phone, hr, case, role-play, group, manager, presentation, competency, found 'telephone'"),
        ("wrong-type-weight", "Profiles/tester.yaml:8:48: error: 'weight' must be a number, found 'heavy'"),
        ("tolerance-out-of-range", "Profiles/tester.yaml:9:82: error: 'tolerance' of a hurdle must be at least 0 and below 1 (a share of one scale level, such as 0.5), found 1"),
        ("tolerance-without-hurdle", "Profiles/tester.yaml:8:62: error: requirement 'politeness' states a 'tolerance' but is not a hurdle; a tolerance applies to a scored requirement with 'critical: true': remove 'tolerance' or make the requirement critical"),
        ("high-hurdle-without-tolerance", "Profiles/tester.yaml:9:41: warning: requirement 'responsibility' is critical at level 4 with no 'tolerance': a candidate whose mean is a hair below 4 fails, although that is within the error of a few ratings; state a 'tolerance' (such as 0.5) with a comment on why, or lower the level"),
        ("after-decision-in-process", "Profiles/tester.yaml:11:25: error: guide 'roleplay' is a stage of the process and also in 'afterDecision'; a stage is scored before the decision or run after it: remove one of the two"),
        ("after-decision-unknown-guide", "Profiles/tester.yaml:12:13: error: unknown guide 'reference-check' in stages after the decision; no file Interviews/reference-check.yaml"),
        ("zero-weight", "Profiles/tester.yaml:8:48: error: 'weight' must be greater than zero, found 0"),
    ]

    @Test("the minimal fixture workspace is clean")
    func minimalIsClean() {
        let result = WorkspaceLoader(root: FixtureWorkspace.minimal).load()
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.library.guides.map(\.id) == ["phone", "roleplay"])
    }

    @Test("a broken fixture reports exactly its one defect", arguments: cases)
    func brokenFixture(_ fixture: String, _ expected: String) throws {
        let root = try FixtureWorkspace.copy(
            replacingWith: FixtureWorkspace.fixtures.appendingPathComponent("broken/\(fixture).yaml"))
        defer { try? FileManager.default.removeItem(at: root) }
        let result = WorkspaceLoader(root: root).load()
        #expect(result.diagnostics.map(\.description) == [expected])
    }

    @Test("every broken fixture is in the table")
    func tableCoversEveryFixture() throws {
        let files = try FileManager.default.contentsOfDirectory(
            atPath: FixtureWorkspace.fixtures.appendingPathComponent("broken").path)
        #expect(Set(files.map { String($0.dropLast(5)) }) == Set(Self.cases.map(\.fixture)))
        #expect(Self.cases.count >= 20)
    }

    @Test("a file with several defects reports all of them, sorted by line")
    func severalDefects() throws {
        let root = try FixtureWorkspace.copy(
            replacingWith: FixtureWorkspace.fixtures.appendingPathComponent("several-defects.yaml"))
        defer { try? FileManager.default.removeItem(at: root) }
        let result = WorkspaceLoader(root: root).load()
        #expect(result.diagnostics.map(\.description) == [
            "Interviews/phone.yaml:5:11: error: 'duration' must be an integer from 1 to 1440, found 'twenty'",
            "Interviews/phone.yaml:12:32: error: 'politeness' must be greater than zero, found 0",
            "Interviews/phone.yaml:12:35: error: unknown competency 'honesty' in item 'q'",
            "Interviews/phone.yaml:13:15: error: level 0 in 'anchors' is outside the scale 1–5",
        ])
    }
}
