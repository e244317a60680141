@testable import DebateMap
import Testing

/// The source line under a diagnostic: found by line ends as the readers count them, from an
/// index built once per file.
struct DiagnosticPrinterTests {
    @Test func lineStartsCountEveryKindOfLineEnd() {
        let bytes = Array("one\ntwo\r\nthree\rfour\r\rsix".utf8)
        let starts = LineStarts(bytes)
        #expect(starts.lineCount == 6)
        let lines = (1...6).map { String(decoding: bytes[starts.range(ofLine: $0, in: bytes)!], as: UTF8.self) }
        #expect(lines == ["one", "two", "three", "four", "", "six"])
        #expect(starts.range(ofLine: 7, in: bytes) == nil)
        #expect(LineStarts(Array("a\n".utf8)).lineCount == 2)
        #expect(LineStarts([]).lineCount == 1)
    }

    /// A file with old Macintosh line ends: line 3 is quoted, not the whole file as line 1.
    @Test func aLineOfACROnlyFileIsQuoted() {
        let printer = DiagnosticPrinter(sources: ["k.txt": Array("Discussion Title: T\r\r1. Thesis\r1.1. Maybe: x\r".utf8)])
        let text = printer.format(.error("the claim 1.1. says neither `Pro:` nor `Con:`", at: SourceLocation(file: "k.txt", line: 4, column: 1)))
        #expect(text == "k.txt:4:1: error: the claim 1.1. says neither `Pro:` nor `Con:`\n1.1. Maybe: x\n^")
    }

    /// Byte offsets count the same line ends as the printer: a bad byte in a CR-only file is
    /// on its own line, and the quote is that line.
    @Test func aByteInACROnlyFileIsOnItsLine() {
        let bytes = Array("first\rsecond\r\nthird x".utf8)
        let at = SourceLocation(ofByte: bytes.count - 1, in: bytes, file: "c.txt")
        #expect((at.line, at.column) == (3, 7))
        #expect(DiagnosticPrinter(sources: ["c.txt": bytes]).sourceLine("c.txt", 3) == "third x")
    }

    /// A file of CR line ends alone has every line (its speed, once quadratic here, is in
    /// docs/performance.md, not in a timed test).
    @Test func crOnlyLinesAreAllFound() {
        let n = 200_000
        let bytes = Array(String(repeating: "x\r", count: n).utf8)
        #expect(LineStarts(bytes).lineCount == n + 1)
    }

    /// Thousands of diagnostics in one large file: each quoted from its own line (the lookup
    /// that scanned from the top for each took minutes at 80 MB).
    @Test func manyDiagnosticsInOneFileEachQuoteTheirLine() {
        let n = 20_000
        let bytes = Array((1...n).map { "line \($0)" }.joined(separator: "\n").utf8)
        let printer = DiagnosticPrinter(sources: ["big.txt": bytes])
        let diagnostics = stride(from: 1, through: n, by: 7).map { Diagnostic.warning("w", at: SourceLocation(file: "big.txt", line: $0, column: 1)) }
        let text = printer.format(diagnostics)
        let quoted = text.split(separator: "\n").filter { $0.hasPrefix("line ") }
        #expect(quoted == stride(from: 1, through: n, by: 7).map { "line \($0)"[...] })
    }
}
