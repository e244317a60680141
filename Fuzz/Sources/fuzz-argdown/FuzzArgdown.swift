import DebateMap
import FuzzSupport

/// The UTF-8 check and the Argdown lexer and parser on any bytes: the file split into its documents, each read
/// in the dialect it looks like and in the other one, and every diagnostic printed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArgdown(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, count)
    // The vector UTF-8 check every file goes through says what the standard library says.
    if UTF8Check.isValid(bytes) != (String(validating: bytes, as: UTF8.self) != nil) { fatalError("UTF-8 check disagrees on \(bytes)") }
    for part in ArgdownBundle.split(bytes) {
        let detected = ArgdownDialect.detect(part.bytes)
        for dialect in [detected, detected == .general ? .essayMap : .general] {
            let (document, diagnostics) = ArgdownParser.parse(part.bytes, file: "fuzz.argdown", dialect: dialect, firstLine: part.firstLine)
            for d in diagnostics {
                guard let loc = d.location else { continue }
                if loc.line < 1 || loc.column < 1 { fatalError("a diagnostic at \(loc)") }
            }
            FuzzSupport.expectTerminalSafe(DiagnosticPrinter(sources: ["fuzz.argdown": bytes]).format(diagnostics), "diagnostics")
            // Every statement's parent and child links point into the document, and its
            // children (first child, then next siblings) are a chain that ends, of statements
            // whose parent it is.
            let indices = document.statements.indices
            for (k, s) in document.statements.enumerated() {
                if let p = s.parent, !indices.contains(p) { fatalError("parent \(p) out of range") }
                for link in [s.firstChild, s.nextSibling] where link >= 0 && !indices.contains(Int(link)) { fatalError("link \(link) out of range") }
                var c = Int(s.firstChild), steps = 0
                while c >= 0 {
                    if document.statements[c].parent != k { fatalError("child \(c) of \(k) has another parent") }
                    steps += 1
                    if steps > document.statements.count { fatalError("the children of \(k) run in a circle") }
                    c = Int(document.statements[c].nextSibling)
                }
            }
        }
    }
    return 0
}
