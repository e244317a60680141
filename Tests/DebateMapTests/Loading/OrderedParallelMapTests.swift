@testable import DebateMap
import Foundation
import Testing

/// The loader's ordered parallel map: every result, each once, in order, whatever the
/// threads' timing; never more than the window ahead of the consumer.
struct OrderedParallelMapTests {
    @Test(arguments: [0, 1, 2, 5, 16, 17, 1000])
    func resultsComeInOrderEachOnce(count: Int) {
        var seen: [Int] = []
        OrderedParallelMap.run(count: count, threads: 3, window: 4) { i in
            // Uneven work, so later items often finish first.
            if i % 7 == 0 { usleep(200) }
            return i * i
        } consume: { i, square in
            #expect(square == i * i)
            seen.append(i)
        }
        #expect(seen == Array(0..<count))
    }

    @Test func workNeverRunsMoreThanTheWindowAhead() {
        let started = Counter()
        var worstLead = 0
        OrderedParallelMap.run(count: 300, threads: 4, window: 5) { i in
            started.record(i)
            return i
        } consume: { i, _ in
            usleep(50)
            worstLead = max(worstLead, started.highest - i)
        }
        // While item i is consumed, items i+1 … i+5 may be under way or waiting, no later one.
        #expect(worstLead <= 5)
    }

    @Test func oneThreadIsAPlainLoop() {
        var seen: [Int] = []
        OrderedParallelMap.run(count: 50, threads: 1, window: 64) { $0 } consume: { _, v in seen.append(v) }
        #expect(seen == Array(0..<50))
    }

    /// The consumer holds the only reference to each result, so it can take parts out of it
    /// without copying (the loader moves each parsed title and text into its claim).
    @Test(arguments: [1, 3])
    func consumerHoldsTheOnlyReference(threads: Int) {
        final class Box: @unchecked Sendable { var value: Int; init(_ v: Int) { value = v } }
        struct Holder: @unchecked Sendable { var box: Box }
        var unique = 0
        OrderedParallelMap.run(count: 40, threads: threads, window: 4) { Holder(box: Box($0)) } consume: { i, holder in
            if isKnownUniquelyReferenced(&holder.box) { unique += 1 }
            holder.box.value = -i
        }
        #expect(unique == 40)
    }

    /// Each thread keeps one scratch from item to item, and no scratch is used by two
    /// threads: at most one scratch a thread, every item done with one.
    @Test(arguments: [1, 3])
    func eachThreadKeepsItsOwnScratch(threads: Int) {
        final class Scratch: @unchecked Sendable {
            var thread: pthread_t?
            var items = 0
            var sharedWithAnotherThread = false
        }
        final class Made: @unchecked Sendable {
            let lock = NSLock()
            var all: [Scratch] = []
        }
        let made = Made()
        var seen: [Int] = []
        OrderedParallelMap.run(count: 200, threads: threads, window: 4, scratch: {
            let scratch = Scratch()
            made.lock.withLock { made.all.append(scratch) }
            return scratch
        }, work: { i, scratch in
            let me = pthread_self()
            if let owner = scratch.thread, pthread_equal(owner, me) == 0 { scratch.sharedWithAnotherThread = true }
            scratch.thread = me
            scratch.items += 1
            if i % 9 == 0 { usleep(100) }
            return i
        }, consume: { _, i in seen.append(i) })
        #expect(seen == Array(0..<200))
        #expect(made.all.count >= 1 && made.all.count <= threads)
        #expect(made.all.reduce(0) { $0 + $1.items } == 200)
        #expect(!made.all.contains { $0.sharedWithAnotherThread })
    }

    /// A consumed result is freed by the worker that made it (into its own heap), or, for the
    /// last few, by the caller at the end: never by another worker. The two workers first
    /// wait for each other, so they run on two threads at once.
    @Test func resultsAreFreedByTheirMaker() {
        final class Tally: @unchecked Sendable {
            let lock = NSCondition()
            var started = 0
            var byMaker = 0, byCaller = 0, byAnotherWorker = 0
        }
        final class Made: @unchecked Sendable {
            let maker = pthread_self()
            let caller: pthread_t
            let tally: Tally
            init(caller: pthread_t, tally: Tally) { self.caller = caller; self.tally = tally }
            deinit {
                let me = pthread_self()
                tally.lock.withLock {
                    if pthread_equal(me, maker) != 0 { tally.byMaker += 1 }
                    else if pthread_equal(me, caller) != 0 { tally.byCaller += 1 }
                    else { tally.byAnotherWorker += 1 }
                }
            }
        }
        struct Holder: @unchecked Sendable { var made: Made }
        final class FirstItem { var done = false }
        let tally = Tally()
        let caller = pthread_self()
        OrderedParallelMap.run(count: 200, threads: 2, window: 4, scratch: { FirstItem() }, work: { _, first in
            if !first.done {
                first.done = true
                tally.lock.withLock {
                    tally.started += 1
                    tally.lock.broadcast()
                    let deadline = Date().addingTimeInterval(5)
                    while tally.started < 2, tally.lock.wait(until: deadline) {}
                }
            }
            return Holder(made: Made(caller: caller, tally: tally))
        }, consume: { _, _ in })
        tally.lock.withLock {
            #expect(tally.started == 2)
            #expect(tally.byMaker + tally.byCaller == 200)
            #expect(tally.byAnotherWorker == 0)
            #expect(tally.byMaker > 0)
        }
    }

    /// The highest item started so far, from any thread.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = -1
        var highest: Int { lock.withLock { value } }
        func record(_ i: Int) { lock.withLock { value = max(value, i) } }
    }
}
