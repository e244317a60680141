@testable import DebateMap
import Testing

/// A location keeps its file as a number (`SourceFiles`); what it says must be what it was given.
struct SourceLocationTests {
    @Test func fileReadsBackAndEqualNamesAreEqual() {
        let a = DebateMap.SourceLocation(file: "maps/zz-later.argdown", line: 3, column: 9)
        let b = DebateMap.SourceLocation(file: "maps/zz-later.argdown", line: 3, column: 9)
        #expect(a.file == "maps/zz-later.argdown")
        #expect(a.description == "maps/zz-later.argdown:3:9")
        #expect(a == b && a.hashValue == b.hashValue)
        var moved = a
        moved.file = "maps/other.argdown"
        #expect(moved.file == "maps/other.argdown" && moved != a && moved.line == 3)
    }

    /// Ordered by the file's name, whichever file was numbered first, then line, then column.
    @Test func orderIsByNameNotByNumber() {
        let first = DebateMap.SourceLocation(file: "order-test/b.argdown", line: 1, column: 1)
        let second = DebateMap.SourceLocation(file: "order-test/a.argdown", line: 9, column: 9)
        #expect(second < first && !(first < second))
        let sameFile = DebateMap.SourceLocation(file: "order-test/b.argdown", line: 1, column: 2)
        #expect(first < sameFile)
        let diagnostics: [Diagnostic] = [.error("b", at: first), .error("a", at: second)].sortedForReport()
        #expect(diagnostics.map(\.message) == ["a", "b"])
    }
}
