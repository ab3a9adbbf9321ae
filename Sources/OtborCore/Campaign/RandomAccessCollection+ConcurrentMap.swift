import Foundation

extension RandomAccessCollection where Index == Int {
    /// `map` on all cores, in order: the work is split into a few chunks per core. For pure,
    /// independent transforms only (scoring candidates, building sheets). Each result is written
    /// straight into its place in the returned array, so results are never copied afterwards.
    public func concurrentMap<T>(_ transform: (Element) -> T) -> [T] {
        let chunks = Swift.min(count, ProcessInfo.processInfo.activeProcessorCount * 4)
        guard chunks > 1 else { return map(transform) }
        let count = count
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let slots = buffer
            nonisolated(unsafe) let elements = self
            let start = startIndex
            withoutActuallyEscaping(transform) { transform in
                nonisolated(unsafe) let transform = transform
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let range = (chunk * count / chunks)..<((chunk + 1) * count / chunks)
                    for offset in range { (slots.baseAddress! + offset).initialize(to: transform(elements[start + offset])) }
                }
            }
            initialized = count
        }
    }
}
