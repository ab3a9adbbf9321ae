import OtborCore

/// How `matrix` and `profiles show` number a process's entries: one number per stage the candidate
/// attends (a visit), with a letter per guide when a visit has several — `1`, `2a`, `2b`, `3`.
enum StageLabels {
    /// The label of each entry of `process`, in order.
    static func labels(_ process: [ProcessStage]) -> [String] {
        var labels: [String] = []
        var number = 0, letter = 0
        for (index, stage) in process.enumerated() {
            let continues = stage.visit != nil && index > 0 && process[index - 1].visit == stage.visit
            if continues { letter += 1 } else { number += 1; letter = 0 }
            let shared = stage.visit != nil && process.filter { $0.visit == stage.visit }.count > 1
            labels.append(shared ? "\(number)" + String(UnicodeScalar(UInt8(97 + min(letter, 25)))) : "\(number)")
        }
        return labels
    }
}
