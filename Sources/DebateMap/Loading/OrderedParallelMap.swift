import Dispatch
import Foundation

/// Runs independent work for items `0..<count` on background threads and hands the results
/// to the caller in item order, on the caller's thread. The caller gets each result to
/// change in place: it is the only holder, so it can move parts out without copying.
///
/// Loading uses it to read, parse and check map files (and their essay texts) on every core
/// while the caller resolves the files already done, in file order, so the corpus and its
/// diagnostics are the same as a loop over the files would make them. At most `window`
/// results wait to be consumed, which bounds the memory in flight. A consumed result is
/// handed back to the background threads to be freed there: a parsed file is many small
/// allocations, and freeing them was a fifth of the caller's time.
enum OrderedParallelMap {
    /// The background threads used: one per core (the caller's own work shares them).
    static var defaultThreads: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    static func run<Result: Sendable>(
        count: Int, threads: Int = defaultThreads, window: Int = 16,
        work: @escaping @Sendable (Int) -> Result, consume handle: (Int, inout Result) -> Void
    ) {
        run(count: count, threads: threads, window: window, scratch: {}, work: { i, _ in work(i) }, consume: handle)
    }

    /// The same, each thread doing its work with scratch state of its own, made once per
    /// thread by `scratch` and kept from item to item (caches that would be cold again for
    /// every item, or shared behind a lock).
    static func run<Result: Sendable, Scratch>(
        count: Int, threads: Int = defaultThreads, window: Int = 16, scratch makeScratch: @escaping @Sendable () -> Scratch,
        work: @escaping @Sendable (Int, inout Scratch) -> Result, consume handle: (Int, inout Result) -> Void
    ) {
        // One item, or one core: a plain loop (no thread to start).
        guard count > 1, threads > 1 else {
            var scratch = makeScratch()
            for i in 0..<count {
                var result = work(i, &scratch)
                handle(i, &result)
            }
            return
        }
        let workers = min(threads, count)
        let state = State<Result>(count: count, window: max(1, window), workers: workers)
        let group = DispatchGroup()
        for worker in 0..<workers {
            DispatchQueue.global().async(group: group) {
                var scratch = makeScratch()
                state.serve(as: worker) { work($0, &scratch) }
            }
        }
        for i in 0..<count {
            var (result, maker) = state.take(i)
            handle(i, &result)
            state.retire(consume result, to: maker)
        }
        group.wait()
    }

    /// The shared queue: the next item to start, the results done but not yet taken (a ring
    /// of `window` slots, each with the worker that made it), the results consumed, by the
    /// worker that made them, and one condition every change is announced on.
    private final class State<Result: Sendable>: @unchecked Sendable {
        let count: Int
        let window: Int
        let condition = NSCondition()
        var next = 0
        var taken = 0
        var slots: [(result: Result, maker: Int)?]
        /// Results consumed, for the worker that made them to free: into its own heap, not
        /// another thread's (freeing into another's took glibc's lock on that heap while its
        /// owner allocated from it, most of a million-claim load's futex time).
        var retired: [[Result]]

        init(count: Int, window: Int, workers: Int) {
            self.count = count
            self.window = window
            slots = Array(repeating: nil, count: window)
            retired = Array(repeating: [], count: workers)
        }

        /// A worker: frees the results consumed and starts the next item while it lies within
        /// the window, until no item is left to start.
        func serve(as worker: Int, _ work: (Int) -> Result) {
            while true {
                condition.lock()
                while next < count && next >= taken + window && retired[worker].isEmpty { condition.wait() }
                var spent: [Result] = []
                swap(&spent, &retired[worker])
                let item: Int? = next < count && next < taken + window ? next : nil
                if item != nil { next += 1 }
                let finished = next >= count
                condition.unlock()
                spent.removeAll()  // the last references: freed on this thread
                guard let item else {
                    if finished { return } else { continue }
                }
                let result = work(item)
                condition.lock()
                // Consumed, not copied: a copy kept here until the loop's end made the
                // caller's result shared for a moment, and changing it in place copied it.
                slots[item % window] = (consume result, worker)
                condition.broadcast()
                condition.unlock()
            }
        }

        /// The caller: gives back a consumed result, to be freed by the worker that made it.
        func retire(_ result: consuming Result, to maker: Int) {
            condition.lock()
            retired[maker].append(result)
            condition.broadcast()
            condition.unlock()
        }

        /// The caller: waits for item `i`'s result and frees its slot.
        func take(_ i: Int) -> (result: Result, maker: Int) {
            condition.lock()
            defer { condition.unlock() }
            while slots[i % window] == nil { condition.wait() }
            let result = slots[i % window]!
            slots[i % window] = nil
            taken = i + 1
            condition.broadcast()
            return result
        }
    }
}
