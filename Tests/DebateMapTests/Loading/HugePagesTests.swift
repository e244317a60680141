@testable import DebateMap
import Testing

/// The huge-page hint changes no contents: arrays advised before and after they are
/// written hold what they held, at sizes below and above the threshold and at odd sizes
/// whose ends are not page-aligned. (Whether the kernel takes the hint is its choice.)
struct HugePagesTests {
    @Test(arguments: [0, 1, 4095, HugePages.threshold / 8 - 3, HugePages.threshold / 8 + 4099, 3 * HugePages.threshold / 8 + 1])
    func zerosAreZeros(count: Int) {
        let zeros = HugePages.zeros(count, of: UInt64.self)
        #expect(zeros.count == count)
        #expect(zeros.allSatisfy { $0 == 0 })
    }

    @Test func reservingKeepsElementsAndGivesRoom() {
        var numbers = Array(0..<1000)
        let wanted = HugePages.threshold / MemoryLayout<Int>.stride + 12345
        HugePages.reserve(&numbers, capacity: wanted)
        let capacity = numbers.capacity
        #expect(numbers == Array(0..<1000))
        #expect(capacity >= wanted)
        for k in 1000..<(capacity) { numbers.append(k) }
        #expect(numbers.count == capacity && numbers.last == capacity - 1 && numbers.capacity == capacity)
    }
}
