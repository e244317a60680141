import Dispatch

/// A scan over `0..<count` split into parts that run on every core at once, each part's
/// results joined in order: the search's scan of a million texts, which a keystroke waits for.
enum SplitScan {
    /// Runs `part` over consecutive ranges covering `0..<count` and returns their results end
    /// to end, as one call over the whole range would. Below `minimumPerPart` items per part it
    /// is that one call, on this thread.
    static func run<Element: Sendable>(count: Int, minimumPerPart: Int, _ part: @Sendable (Range<Int>) -> [Element]) -> [Element] {
        let parts = min(OrderedParallelMap.defaultThreads * 2, count / max(1, minimumPerPart))
        guard parts > 1 else { return part(0..<count) }
        var results = [[Element]](repeating: [], count: parts)
        results.withUnsafeMutableBufferPointer { slots in
            // Each part writes its own slot only.
            nonisolated(unsafe) let slots = slots
            DispatchQueue.concurrentPerform(iterations: parts) { k in
                slots[k] = part((count * k / parts)..<(count * (k + 1) / parts))
            }
        }
        var joined: [Element] = []
        joined.reserveCapacity(results.reduce(0) { $0 + $1.count })
        for r in results { joined.append(contentsOf: r) }
        return joined
    }
}
