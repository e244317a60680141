import DebateMap
import FuzzSupport

/// The Argdown lexer and parser on any bytes: the file split into its documents, each read
/// in the dialect it looks like and in the other one, and every diagnostic printed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArgdown(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, count)
    for part in ArgdownBundle.split(bytes) {
        let detected = ArgdownDialect.detect(part)
        for dialect in [detected, detected == .general ? .essayMap : .general] {
            let (document, diagnostics) = ArgdownParser.parse(part, file: "fuzz.argdown", dialect: dialect)
            for d in diagnostics {
                guard let loc = d.location else { continue }
                if loc.line < 1 || loc.column < 1 { fatalError("a diagnostic at \(loc)") }
            }
            FuzzSupport.expectTerminalSafe(DiagnosticPrinter(sources: ["fuzz.argdown": part]).format(diagnostics), "diagnostics")
            // Every statement's parent and children point into the document.
            for s in document.statements {
                if let p = s.parent, !document.statements.indices.contains(p) { fatalError("parent \(p) out of range") }
                for c in s.children where !document.statements.indices.contains(c) { fatalError("child \(c) out of range") }
            }
        }
    }
    return 0
}
