import Dispatch

/// A scan over `0..<count` split into parts that run on every core at once: the search's scan
/// of a million texts, which a keystroke waits for.
enum SplitScan {
    /// Runs `part` over consecutive ranges covering `0..<count`, on every core, and returns
    /// their results in order. Below `minimumPerPart` items per part it is one call over the
    /// whole range, on this thread.
    static func run<Result: Sendable>(count: Int, minimumPerPart: Int, _ part: @Sendable (Range<Int>) -> Result) -> [Result] {
        let parts = min(OrderedParallelMap.defaultThreads * 2, count / max(1, minimumPerPart))
        guard parts > 1 else { return [part(0..<count)] }
        var results = [Result?](repeating: nil, count: parts)
        results.withUnsafeMutableBufferPointer { slots in
            // Each part writes its own slot only.
            nonisolated(unsafe) let slots = slots
            DispatchQueue.concurrentPerform(iterations: parts) { k in
                slots[k] = part((count * k / parts)..<(count * (k + 1) / parts))
            }
        }
        return results.map { $0! }
    }
}
