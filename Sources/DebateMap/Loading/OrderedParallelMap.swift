#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
        let state = State<Result>(count: count, window: max(1, window))
        let group = DispatchGroup()
        for _ in 0..<min(threads, count) {
            DispatchQueue.global().async(group: group) {
                var scratch = makeScratch()
                state.serve { work($0, &scratch) }
            }
        }
        for i in 0..<count {
            var result = state.take(i)
            handle(i, &result)
            state.retire(consume result)
        }
        group.wait()
    }

    /// The shared queue: the next item to start, the results done but not yet taken (a ring
    /// of `window` slots), and the results given back to be freed. Behind one mutex, with a
    /// condition for each side: the caller waits on `resultReady` for its next result, the
    /// workers on `workReady` for room in the window or results to free. (One condition
    /// broadcast on every change woke every thread for every result: a fifth of a
    /// million-claim load's system time went on futex calls.)
    private final class State<Result: Sendable>: @unchecked Sendable {
        let count: Int
        let window: Int
        private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        private let resultReady = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
        private let workReady = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
        var next = 0
        var taken = 0
        var slots: [Result?]
        /// Results consumed, for a worker to free.
        var retired: [Result] = []

        init(count: Int, window: Int) {
            self.count = count
            self.window = window
            slots = Array(repeating: nil, count: window)
            pthread_mutex_init(mutex, nil)
            pthread_cond_init(resultReady, nil)
            pthread_cond_init(workReady, nil)
        }

        deinit {
            pthread_cond_destroy(workReady)
            pthread_cond_destroy(resultReady)
            pthread_mutex_destroy(mutex)
            workReady.deallocate()
            resultReady.deallocate()
            mutex.deallocate()
        }

        /// A worker: frees the results consumed and starts the next item while it lies within
        /// the window, until no item is left to start.
        func serve(_ work: (Int) -> Result) {
            while true {
                pthread_mutex_lock(mutex)
                while next < count && next >= taken + window && retired.isEmpty { pthread_cond_wait(workReady, mutex) }
                var spent = retired
                retired = []
                let item: Int? = next < count && next < taken + window ? next : nil
                if item != nil { next += 1 }
                let finished = next >= count
                // The last item started: the workers still waiting have nothing left to wait for.
                if item != nil && finished { pthread_cond_broadcast(workReady) }
                pthread_mutex_unlock(mutex)
                spent.removeAll()  // the last references: freed on this thread
                guard let item else {
                    if finished { return } else { continue }
                }
                let result = work(item)
                pthread_mutex_lock(mutex)
                // Consumed, not copied: a copy kept here until the loop's end made the
                // caller's result shared for a moment, and changing it in place copied it.
                slots[item % window] = consume result
                pthread_cond_signal(resultReady)  // the caller is the one thread waiting for results
                pthread_mutex_unlock(mutex)
            }
        }

        /// The caller: gives back a consumed result, to be freed by a worker.
        func retire(_ result: consuming Result) {
            pthread_mutex_lock(mutex)
            retired.append(result)
            pthread_cond_signal(workReady)  // one worker frees them all
            pthread_mutex_unlock(mutex)
        }

        /// The caller: waits for item `i`'s result and frees its slot.
        func take(_ i: Int) -> Result {
            pthread_mutex_lock(mutex)
            defer { pthread_mutex_unlock(mutex) }
            while slots[i % window] == nil { pthread_cond_wait(resultReady, mutex) }
            let result = slots[i % window]!
            slots[i % window] = nil
            taken = i + 1
            pthread_cond_signal(workReady)  // room for one more item in the window
            return result
        }
    }
}
