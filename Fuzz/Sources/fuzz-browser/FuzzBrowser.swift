import DebateMap
import DebateMapBrowser
import FuzzSupport

/// The browser fed keys, mouse events and resizes over fixed corpora, every frame rendered:
/// no crash, no hang, and no frame that is not the size asked for or that holds a cell a
/// terminal would obey (a control character, an escape, a bidi override).
///
/// The input's first byte picks the corpus; each following byte is a key, except that
/// 0xE0–0xEF start a mouse event (two bytes: column, row) and 0xF0–0xFF a resize (two bytes:
/// width, height).

/// The repository, from this file: Fuzz/Sources/fuzz-browser/FuzzBrowser.swift.
let repository: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(4)
    return parts.joined(separator: "/")
}()

let esc = "\u{1B}"
/// Every kind of text a terminal would obey, for every field of a corpus.
let hostile = "\(esc)[2J\(esc)]0;PWNED\u{07}\(esc)[31mred\u{9B}1m\u{7F}\u{202E}gnirts\u{2066}iso\u{2069}\u{0}nul\ttab\u{85}"

/// A corpus with hostile text in every field, a deep chain of claims and a cycle of
/// references across two files, built from its files in memory.
let hostileFiles: [String: [UInt8]] = {
    var deep = ""
    for level in 0..<120 { deep += String(repeating: "  ", count: level + 1) + "+ [Deep \(level)]: step \(level) \(hostile) {quote: \"\(level % 2 == 0 ? "alpha" : "beta")\"}\n" }
    let alpha = """
        ===
        id: alpha
        title: "Title \\e[2J \\u202E"
        author: "Author \\e]0;x\\a"
        outlet: "Outlet \\x9B"
        published: 2024
        url: "http://x/\\e[5m"
        label: "Label \\x7F \\u2066"
        text: ../essays/alpha\(esc)[1m.txt
        ===

        # Heading \(hostile) {topic: t, stance: for, summary: "Sum \\e[2J"}

        [Alpha \(hostile)]: alpha claim \(hostile) {quote: "alpha"} #tag\(esc)[1m
          - [Beta \(hostile)]
        \(deep)
        """
    let beta = """
        ===
        id: beta
        title: Beta
        author: unknown
        outlet: unknown
        published: unknown
        url: unknown
        text: ../essays/beta.txt
        ===

        # Heading {topic: t, stance: against, summary: "No."}

        [Beta \(hostile)]: beta claim {quote: "beta"}
          - [Alpha \(hostile)]

        """
    let kialo = "Discussion Title: K \(hostile)\n\n1. Thesis \(hostile)\n1.1. Pro: pro \(hostile)\n1.1.1. Con: -> See 1.\n1.2. Con: con [1]\n\nSources:\n[1] \(hostile)\n"
    let aif = """
        {"nodes": [{"nodeID": "1", "text": "I \\u001b[2J \\u202e", "type": "I"}, {"nodeID": "2", "text": "J \\u009b", "type": "I"},
        {"nodeID": "3", "text": "Default Conflict", "type": "CA"}, {"nodeID": "4", "text": "\\u001b]0;t\\u0007: said", "type": "L"}],
        "edges": [{"fromID": "2", "toID": "3"}, {"fromID": "3", "toID": "1"}]}
        """
    return [
        "c/corpus.yaml": Array("title: \"Hostile \\e[2J\"\ntopics:\n  - id: t\n    title: \"Topic \\u202E \\e[1m\"\n    question: \"Question \\x9B \\t\"\n".utf8),
        "c/essays/alpha\(esc)[1m.txt": Array("alpha \(hostile) and on\n\nbeta \(hostile)\n".utf8),
        "c/essays/beta.txt": Array("beta\u{7}\n".utf8),
        "c/maps/alpha.argdown": Array(alpha.utf8),
        "c/maps/beta\(esc)]0;x\u{7}.argdown": Array(beta.utf8),
        "c/maps/k\(esc)[2J.txt": Array(kialo.utf8),
        "c/maps/n.json": Array(aif.utf8),
    ]
}()

let corpora: [Corpus] = [
    CorpusLoader.load(paths: [repository + "/Tests/TestSupport/Fixtures/harbour"]).corpus,
    CorpusLoader.load(paths: [repository + "/Tests/TestSupport/Fixtures/formats/mixed"]).corpus,
    CorpusLoader.load(paths: ["c"], source: MemorySource(files: hostileFiles)).corpus,
    CorpusLoader.load(paths: [repository + "/data"]).corpus,
    CorpusLoader.load(paths: [], source: MemorySource(files: [:])).corpus,
]

/// The keys a byte stands for: every key of the key table, and a few more a reader may type.
let keys: [Key] = {
    var list: [Key] = []
    for binding in KeyTable.bindings { for key in binding.keys where !list.contains(key) { list.append(key) } }
    let more: [Key] = [.character("x"), .character("é"), .character("電"), .character("🚋"), .character("\u{1B}"),
                       .character("\u{202E}"), .character("\u{7F}"), .character("a"), .character("r"), .tab, .control("c"),
                       .character("\u{301}")]
    for key in more where !list.contains(key) { list.append(key) }
    return list
}()

func check(_ screen: Screen, width: Int, height: Int) {
    guard screen.width == max(0, width), screen.height == max(0, height) else {
        fatalError("asked for \(width)×\(height), drew \(screen.width)×\(screen.height)")
    }
    for cell in screen.cells where cell.text.unicodeScalars.contains(where: { FuzzSupport.isUnsafe($0, newlines: false) }) {
        fatalError("a cell holds \(cell.text.unicodeScalars.map { String($0.value, radix: 16) })")
    }
    if let cursor = screen.cursor, cursor.x < 0 || cursor.y < 0 || cursor.x > screen.width || cursor.y >= screen.height {
        fatalError("the cursor \(cursor) is off the \(screen.width)×\(screen.height) screen")
    }
}

/// Loads the corpora before the first input, so that their loading is not timed as an input.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> CInt {
    for (k, corpus) in corpora.enumerated().dropLast() where corpus.claims.isEmpty { fatalError("fuzz corpus \(k) did not load") }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBrowser(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, count)
    guard let first = bytes.first else { return 0 }
    var browser = Browser(corpus: corpora[Int(first) % corpora.count], options: .init(ascii: first & 0x80 != 0, color: first & 0x40 != 0))
    var size = (width: 80, height: 24)
    browser.handle(.resize(width: size.width, height: size.height))
    var k = 1
    while k < bytes.count {
        let b = bytes[k]
        k += 1
        let key: Key
        switch b {
        case 0xE0...0xEF:
            let x = k < bytes.count ? Int(bytes[k]) - 8 : 0
            let y = k + 1 < bytes.count ? Int(bytes[k + 1]) % 64 - 2 : 0
            k += 2
            let kind: MouseEvent.Kind = b % 3 == 0 ? .click : b % 3 == 1 ? .wheelUp : .wheelDown
            key = .mouse(MouseEvent(kind: kind, x: x, y: y))
        case 0xF0...0xFF:
            size = (k < bytes.count ? Int(bytes[k]) : 0, k + 1 < bytes.count ? Int(bytes[k + 1]) % 100 : 0)
            k += 2
            key = .resize(width: size.width, height: size.height)
        default:
            key = keys[Int(b) % keys.count]
        }
        let running = browser.handle(key)
        check(browser.render(width: size.width, height: size.height), width: size.width, height: size.height)
        if !running { break }
    }
    return 0
}
