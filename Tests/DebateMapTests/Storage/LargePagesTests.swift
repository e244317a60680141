@testable import DebateMap
import Testing

/// The 2 MB-page hint changes no contents: arrays advised before they are written hold what
/// they should, at sizes below and above the threshold and at odd sizes whose ends are not
/// page-aligned. (Whether the kernel takes the hint is its choice.)
struct LargePagesTests {
    @Test(arguments: [0, 1, 4095, LargePages.threshold / 8 - 3, LargePages.threshold / 8 + 4099, 3 * LargePages.threshold / 8 + 1])
    func zerosAreZeros(count: Int) {
        let zeros = LargePages.zeros(count, of: UInt64.self)
        #expect(zeros.count == count)
        #expect(zeros.allSatisfy { $0 == 0 })
    }

    /// Appending past the threshold keeps every element in order, and grows by doubling (a
    /// handful of buffers, not one per element).
    @Test func appendsKeepElementsAndDouble() {
        var numbers: [Int] = []
        var capacities: Set<Int> = []
        let count = 3 * LargePages.threshold / MemoryLayout<Int>.stride + 17
        for k in 0..<count {
            numbers.appendOnLargePages(k)
            capacities.insert(numbers.capacity)
        }
        #expect(numbers.count == count && numbers.first == 0 && numbers.last == count - 1)
        #expect(numbers.indices.allSatisfy { numbers[$0] == $0 })
        #expect(capacities.count < 25)
    }
}
