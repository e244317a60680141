@testable import DebateMap
import Foundation
import Testing
import TestSupport

/// Work handed to another thread: its value waited for, while the caller went on; and the
/// loader's relation index, built that way, is the one the corpus would build itself.
struct BackgroundResultTests {
    /// The work waits for a signal the caller gives only after handing it over: had the
    /// caller waited for the work there, the work would give up (after 10 s) and say so.
    @Test func theCallerGoesOnWhileTheWorkRuns() {
        let signal = DispatchSemaphore(value: 0)
        let result = BackgroundResult { () -> (signalled: Bool, squares: [Int]) in
            let signalled = signal.wait(timeout: .now() + 10) == .success
            return (signalled, (0..<1000).map { $0 * $0 })
        }
        signal.signal()
        let value = result.wait()
        #expect(value.signalled)
        #expect(value.squares == (0..<1000).map { $0 * $0 })
        #expect(result.wait().squares.count == 1000)  // waiting again gives the same value
    }

    @Test func theLoadersRelationIndexIsTheCorpussOwn() {
        let corpus = Fixtures.loadHarbour().corpus
        #expect(!corpus.relations.isEmpty)
        let rebuilt = Corpus(title: corpus.title, topics: corpus.topics, essays: corpus.essays, positions: corpus.positions,
                             claims: corpus.claims, relations: corpus.relations)
        #expect(corpus.relationStart == rebuilt.relationStart)
        #expect(corpus.relationEntries == rebuilt.relationEntries)
        #expect(corpus.opposingCount == rebuilt.opposingCount)
    }
}
