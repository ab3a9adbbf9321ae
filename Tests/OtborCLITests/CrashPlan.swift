import OtborCore

/// What the crash test does, drawn from one seed: interviews of shipped guides with the answer
/// to give at every step, and for each interview the moments its `otbor` processes are killed.
struct CrashPlan: CustomStringConvertible {
    /// How a sitting ends: once its first prompt is shown, the next `batch` answers are sent, then
    /// the process is killed at `moment`. A batch shorter than what is left keeps the kill inside
    /// the answering; one answer takes the runner about two milliseconds, most of it the commit.
    struct Kill: CustomStringConvertible {
        enum Moment {
            /// As soon as `count` answers of the batch are acknowledged (the next one is being saved).
            case afterAcknowledged(Int)
            /// As soon as the test sees the `count`th answer of the batch in the database: mostly
            /// between its commit and its acknowledgement.
            case afterSaved(Int)
            /// `microseconds` after the batch is sent, whatever the process is doing by then.
            case afterDelay(microseconds: Int)
        }

        var batch: Int
        var moment: Moment

        var description: String {
            switch moment {
            case .afterAcknowledged(let count): "\(batch)→ack+\(count)"
            case .afterSaved(let count): "\(batch)→saved+\(count)"
            case .afterDelay(let microseconds): "\(batch)→\(microseconds / 1000).\(microseconds % 1000 / 100)ms"
            }
        }
    }

    /// The answer to one step: a rating (`nil` is n, not assessed) and its evidence note.
    struct Answer: Equatable {
        var score: Int?
        var note: String

        /// The lines typed for it.
        var lines: [String] { [score.map(String.init) ?? "n", note] }
    }

    /// One interview: who, which guide, the answers in step order and the kills.
    struct Interview {
        var guide: String
        var candidate: Int
        var assessor: String
        var answers: [Answer]
        var kills: [Kill]
    }

    /// Guides of the reference profile whose steps are all ratings: 7 and 14 steps (the phone
    /// screen records screening facts too).
    static let guides = ["manager-interview"]  // a guide without alternatives: every step is asked in order

    let seed: UInt64
    let interviews: [Interview]

    /// `count` interviews, one per candidate, each killed `kills` times; `steps` gives a guide's step count.
    init(seed: UInt64, interviews count: Int, kills: Int, steps: (String) -> Int) {
        self.seed = seed
        var random = SplitMix64(seed: seed)
        let phrases = ["пример с цифрами", "structured answer", "уклонился от ответа", "named the customer's churn",
                       "говорил «мы», не «я»", "STAR: situation → result"]
        interviews = (0..<count).map { index in
            let guide = Self.guides[index % Self.guides.count]
            let answers = (0..<steps(guide)).map { step in
                let score: Int? = random.chance(0.15) ? nil : random.int(in: 1...5)
                let note = random.chance(0.2) ? "" : "i\(index)s\(step) \(random.pick(phrases)) #\(random.int(in: 1000...9999))"
                return Answer(score: score, note: note)
            }
            let moments: [Kill] = (0..<kills).map { _ in
                let batch = random.int(in: 1...3)
                let moment: Kill.Moment = switch random.int(in: 0...2) {
                case 0: .afterAcknowledged(random.int(in: 0...(batch - 1)))
                case 1: .afterSaved(random.int(in: 1...batch))
                default: .afterDelay(microseconds: random.int(in: 0...(batch * 2500)))
                }
                return Kill(batch: batch, moment: moment)
            }
            return Interview(guide: guide, candidate: index, assessor: "crash-\(index)", answers: answers, kills: moments)
        }
    }

    var killCount: Int { interviews.reduce(0) { $0 + $1.kills.count } }

    var description: String {
        (["seed \(seed): \(interviews.count) interviews, \(killCount) kills"] + interviews.enumerated().map { index, interview in
            let answers = interview.answers.map { $0.score.map(String.init) ?? "n" }.joined()
            return "  #\(index) \(interview.guide) answers \(answers) kills \(interview.kills.map(\.description).joined(separator: " "))"
        }).joined(separator: "\n")
    }
}
