#if canImport(Glibc)
import Glibc
#endif

/// Reads the Argdown subset of `docs/format.md` from UTF-8 bytes into an `ArgdownDocument`,
/// with the exact line and column of every element and of every error.
///
/// One pass over the bytes, no backtracking beyond a line: it keeps going after an error, so a
/// file gets all its diagnostics at once, and it cannot hang (every step consumes input).
///
///     let (document, diagnostics) = ArgdownParser.parse(bytes, file: "map.argdown")
public struct ArgdownParser {
    let b: [UInt8]
    let n: Int
    let file: String
    /// The file's number in `SourceFiles`, which every location of it holds.
    let fileNumber: UInt32
    /// Whether the file is valid UTF-8, checked once: then titles, texts and quoted strings are
    /// copied from it unchecked (`string(_:_:)`), not validated again one string at a time.
    var isValidUTF8 = false
    var i = 0
    var line = 1
    /// The file's line the bytes start on.
    var firstLine = 1
    var lineStart = 0
    var diagnostics: [Diagnostic] = []
    var statements: [ArgdownDocument.Statement] = []
    var blocks: [ArgdownDocument.Block] = []
    /// The open statements by indentation; `node == skipped` marks a construct we skip (and its
    /// children).
    var stack: [(indent: Int, node: Int)] = []
    static let skipped = -1
    /// The statement that the next non-blank line may continue.
    var open: Int?
    var untitledCount = 0
    /// Essay maps keep to `docs/format.md`; general Argdown files are read as Argdown reads them
    /// (arguments, premise–conclusion structures, undercuts: `ArgdownParser+General.swift`).
    var dialect: ArgdownDialect = .essayMap
    var general = GeneralState()

    /// Parses one file. `dialect` says whether it is an essay map (the default: our strict
    /// conventions) or a general Argdown file (`ArgdownDialect.detect` tells them apart).
    /// `firstLine`: the file's line the bytes start on (a later document of a bundle).
    public static func parse(_ bytes: [UInt8], file: String, untitledStart: Int = 0, dialect: ArgdownDialect = .essayMap,
                             firstLine: Int = 1) -> (ArgdownDocument, [Diagnostic]) {
        var parser = ArgdownParser(b: ArgdownParser.lineFeeds(bytes), n: bytes.count, file: file, fileNumber: SourceFiles.number(file))
        parser.line = firstLine
        parser.firstLine = firstLine
        parser.untitledCount = untitledStart
        parser.dialect = dialect
        return parser.run()
    }

    /// Old Macintosh line ends (a CR alone) as line feeds, byte for byte, so that every
    /// offset and column stays where it was; CRLF is read as it is. A file without a lone
    /// CR is returned untouched (no copy).
    static func lineFeeds(_ bytes: [UInt8]) -> [UInt8] {
        // CRs found with memchr: most files have none, and a CRLF file is looked at only at
        // its line ends (the parser's speed is measured; docs/performance.md).
        let lone: [Int] = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return [] }
            var found: [Int] = []
            var k = 0
            while k < buffer.count, let hit = memchr(base + k, 0x0D, buffer.count - k) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if at + 1 == buffer.count || buffer[at + 1] != 0x0A { found.append(at) }
                k = at + 1
            }
            return found
        }
        guard !lone.isEmpty else { return bytes }
        var out = bytes
        for k in lone { out[k] = 0x0A }
        return out
    }

    mutating func run() -> (ArgdownDocument, [Diagnostic]) {
        // One check of the whole file; the bytewise locator only says where a bad byte is.
        isValidUTF8 = UTF8Check.isValid(b)
        // Room for a statement every 128 bytes (maps run 250–400 a statement): grown from
        // empty, the array of these 192-byte records was copied seven times a file.
        statements.reserveCapacity(n / 128 + 4)
        if !isValidUTF8, let bad = UTF8Check.firstInvalidOffset(b) {
            let loc = location(atOffset: bad)
            diagnostics.append(.error("the file is not valid UTF-8 (byte 0x\(String(b[bad], radix: 16, uppercase: true)))", at: loc))
        }
        if n >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { i = 3; lineStart = 3 }  // byte order mark
        let frontMatter = parseFrontMatter()
        while i < n { parseLine() }
        let doc = ArgdownDocument(file: file, frontMatter: frontMatter, statements: statements, blocks: blocks)
        return (doc, diagnostics)
    }

    // MARK: Positions

    /// The location of the cursor. Columns count scalars from the last place asked on the same
    /// line, not from the line's start: a line asks for several places (the statement, its
    /// data, each key and value), and counting each from the start cost more than the parse.
    var here: SourceLocation {
        mutating get {
            let end = min(i, n)
            if columnMark.lineStart != lineStart || end < columnMark.offset { columnMark = (lineStart, lineStart, 1) }
            var column = columnMark.column
            if columnMark.offset < end {
                column += b.withUnsafeBufferPointer { ScalarCount.scalars(in: $0, from: columnMark.offset, to: end) }
            }
            columnMark = (lineStart, max(end, columnMark.offset), column)
            return SourceLocation(fileNumber: fileNumber, line: line, column: column)
        }
    }
    /// The last column computed on the current line, and at which offset.
    var columnMark = (lineStart: -1, offset: 0, column: 1)
    /// The buffer `scanText` gathers a statement's text in, reused.
    var scratch: [UInt8] = []
    /// The data blocks' keys and short values, each made into a string once.
    var shortStrings = ShortStrings()

    /// The location of a byte offset on the current line (columns count Unicode scalars).
    func location(atOffset offset: Int) -> SourceLocation {
        if offset >= lineStart {
            return SourceLocation(fileNumber: fileNumber, line: line, column: scalarColumn(from: lineStart, to: offset))
        }
        // Before the current line: count from the top (only for diagnostics, rare).
        let counted = SourceLocation(ofByte: offset, in: b, file: file)
        return SourceLocation(fileNumber: fileNumber, line: counted.line + firstLine - 1, column: counted.column)
    }

    func scalarColumn(from start: Int, to offset: Int) -> Int {
        let end = min(offset, n)
        guard start < end else { return 1 }
        return b.withUnsafeBufferPointer { ScalarCount.scalars(in: $0, from: start, to: end) } + 1
    }

    func peek(_ k: Int = 0) -> UInt8 { i + k < n ? b[i + k] : 0 }

    /// The first offset from `k` whose byte is in `stops` (or `n`). The long runs of plain
    /// bytes (texts, titles, quoted strings) are read through a pointer and a table.
    func firstOffset(from k: Int, in stops: ByteSet) -> Int {
        b.withUnsafeBufferPointer { stops.firstIndex(in: $0, from: k, to: n) }
    }

    /// Where a text's run of plain bytes ends, where a title's does.
    static let textStops = ByteSet(isTextSpecial)
    static let titleStops = ByteSet(ascii: "]\\\n\r")

    func at(_ s: StaticString) -> Bool {
        let count = s.utf8CodeUnitCount
        guard i + count <= n else { return false }
        let p = s.utf8Start
        for k in 0..<count where b[i + k] != p[k] { return false }
        return true
    }

    var atLineEnd: Bool { i >= n || b[i] == 0x0A || (b[i] == 0x0D && peek(1) == 0x0A) }

    mutating func consumeNewline() {
        if i < n, b[i] == 0x0D { i += 1 }
        if i < n, b[i] == 0x0A {
            i += 1
            line += 1
            lineStart = i
        }
    }

    mutating func skipToLineEnd() { while !atLineEnd { i += 1 } }

    mutating func skipSpaces() { while i < n, b[i] == 0x20 || b[i] == 0x09 { i += 1 } }

    mutating func error(_ message: String, at loc: SourceLocation? = nil) {
        diagnostics.append(.error(message, at: loc ?? here))
    }

    // MARK: Front matter

    mutating func parseFrontMatter() -> ArgdownDocument.FrontMatter? {
        // Only blank lines may stand before the opening `===`.
        var k = i, l = line
        while k < n {
            var e = k
            while e < n, b[e] == 0x20 || b[e] == 0x09 || b[e] == 0x0D { e += 1 }
            guard e < n, b[e] == 0x0A else { break }
            k = e + 1
            l += 1
        }
        guard isFence(at: k) else { return nil }
        let loc = SourceLocation(fileNumber: fileNumber, line: l, column: 1)
        let yamlStart = endOfLine(from: k)
        var lineNumber = l + 1
        var start = yamlStart
        while start < n {
            let next = endOfLine(from: start)
            if isFence(at: start) {
                i = next
                line = lineNumber + 1
                lineStart = next
                return .init(yaml: string(yamlStart, start), location: loc)
            }
            start = next
            lineNumber += 1
        }
        i = n
        line = lineNumber
        lineStart = n
        error("front matter opened with `===` is never closed", at: loc)
        return .init(yaml: string(yamlStart, n), location: loc)
    }

    /// The offset just after the line break of the line holding `k` (or the end).
    func endOfLine(from k: Int) -> Int {
        var e = k
        while e < n, b[e] != 0x0A { e += 1 }
        return e < n ? e + 1 : n
    }

    /// A line of three or more `=` and nothing else.
    func isFence(at k: Int) -> Bool {
        var e = k
        while e < n, b[e] == UInt8(ascii: "=") { e += 1 }
        guard e - k >= 3 else { return false }
        while e < n, b[e] == 0x20 || b[e] == 0x09 || b[e] == 0x0D { e += 1 }
        return e >= n || b[e] == 0x0A
    }

    // MARK: Lines

    mutating func parseLine() {
        var indent = 0
        while i < n, b[i] == 0x20 || b[i] == 0x09 {
            indent += b[i] == 0x09 ? 4 : 1
            i += 1
        }
        if dialect == .general, general.inRule {
            continueInferenceRule()
            if !atLineEnd { skipToLineEnd() }
            consumeNewline()
            return
        }
        if atLineEnd {
            open = nil
            general.openHeading = nil
            general.inList = false
            // In Argdown a blank line ends a tree: a relation after it has no statement above.
            if dialect == .general { stack.removeAll(keepingCapacity: true) }
            consumeNewline()
            return
        }
        if at("//") {
            skipToLineEnd()
            consumeNewline()
            return
        }
        if at("/*") || at("<!--") {
            while at("/*") || at("<!--") {
                skipBlockComment()
                skipSpaces()
            }
            if atLineEnd { consumeNewline(); return }
            indent = scalarColumn(from: lineStart, to: i) - 1
        }
        // A heading continues only on the line right under it (comments aside).
        let heading = general.openHeading
        general.openHeading = nil
        if dialect == .general, startsElement(indent: indent), !previousLineIsBlank() {
            diagnostics.append(.warning("a new element right under the line above (Argdown wants a blank line between them and reports an error here): read as if it were there",
                                        at: here))
        }
        if dialect == .general, parseGeneralLine(indent: indent) {
            if !atLineEnd { skipToLineEnd() }
            consumeNewline()
            return
        }
        if b[i] == UInt8(ascii: "#"), let level = headingLevel() {
            parseHeading(level: level)
        } else if let (link, length) = relationMarker() {
            parseRelation(link: link, markerLength: length, indent: indent)
        } else if dialect == .essayMap, let unsupported = unsupportedConstruct() {
            reportUnsupported(unsupported, indent: indent, isRelation: false)
        } else if let marker = unknownMarker() {
            error("unknown relation `\(marker)`: a relation is one of + <+ - <- +> -> ><")
            reportUnsupportedChildren(indent: indent)
        } else if b[i] == UInt8(ascii: "[") {
            parseRoot(indent: indent)
        } else if let heading {
            continueHeading(heading)
        } else if let open {
            continueStatement(open)
        } else {
            parseRoot(indent: indent)
        }
        if !atLineEnd { skipToLineEnd() }
        consumeNewline()
    }

    /// `#` to `######` followed by a space (or the end of the line).
    func headingLevel() -> Int? {
        var k = i
        while k < n, b[k] == UInt8(ascii: "#") { k += 1 }
        let level = k - i
        guard level >= 1, level <= 6 else { return nil }
        if k >= n || b[k] == 0x20 || b[k] == 0x09 || b[k] == 0x0A || b[k] == 0x0D { return level }
        return nil
    }

    /// A relation marker at the cursor followed by a space: its link and its length.
    func relationMarker() -> (Claim.Link?, Int)? {
        let c = b[i], d = peek(1)
        var link: Claim.Link?
        var length = 2
        switch (c, d) {
        case (UInt8(ascii: "<"), UInt8(ascii: "+")): link = .supports
        case (UInt8(ascii: "<"), UInt8(ascii: "-")): link = .attacks
        case (UInt8(ascii: "+"), UInt8(ascii: ">")): link = .supportedByParent
        case (UInt8(ascii: "-"), UInt8(ascii: ">")): link = .attackedByParent
        case (UInt8(ascii: ">"), UInt8(ascii: "<")): link = .contradicts
        case (UInt8(ascii: "<"), UInt8(ascii: "_")), (UInt8(ascii: "_"), UInt8(ascii: ">")): link = nil
        case (UInt8(ascii: "+"), _): link = .supports; length = 1
        case (UInt8(ascii: "-"), _): link = .attacks; length = 1
        case (UInt8(ascii: "_"), _): link = nil; length = 1
        default: return nil
        }
        let next = peek(length)
        let space = next == 0x20 || next == 0x09
        if dialect == .general {
            // Argdown's lexer takes a marker at the start of a line whatever follows it
            // (`+[B]: b`, `-<C>`, `+cheap`, a bare `+`), except `_`, which needs a space after.
            let end = next == 0 || next == 0x0A || next == 0x0D
            return c == UInt8(ascii: "_") && length == 1 && !space && !end ? nil : (link, length)
        }
        // Essay maps: a marker and a space, or a marker against a title (`+[B]: b`, `-<C>`).
        return space || next == UInt8(ascii: "[") || next == UInt8(ascii: "<") ? (link, length) : nil
    }

    static func isMarkerByte(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "="), UInt8(ascii: "~"): return true
        default: return false
        }
    }

    /// A run of marker characters followed by a space that is no relation we know, e.g. `=>`.
    func unknownMarker() -> String? {
        var k = i
        while k < n, ArgdownParser.isMarkerByte(b[k]) { k += 1 }
        guard k > i, k - i <= 3, k < n, b[k] == 0x20 || b[k] == 0x09 else { return nil }
        return String(decoding: b[i..<k], as: UTF8.self)
    }

    enum Unsupported { case argument, premise, inference }

    func unsupportedConstruct() -> Unsupported? {
        // After a relation marker and its space the file may end (found by fuzz-argdown).
        guard i < n else { return nil }
        if b[i] == UInt8(ascii: "<") {
            let next = peek(1)
            if !ArgdownParser.isMarkerByte(next), next != UInt8(ascii: "!"), next != 0x20, next != 0x09 { return .argument }
        }
        if b[i] == UInt8(ascii: "(") {
            var k = i + 1
            while k < n, b[k] >= 0x30, b[k] <= 0x39 { k += 1 }
            if k > i + 1, k < n, b[k] == UInt8(ascii: ")") { return .premise }
        }
        if b[i] == UInt8(ascii: "-"), peek(1) == UInt8(ascii: "-") { return .inference }
        return nil
    }

    mutating func reportUnsupported(_ kind: Unsupported, indent: Int, isRelation: Bool) {
        switch kind {
        case .argument: error("Argdown arguments `<Title>` are not supported in essay maps (only in general Argdown files)")
        case .premise: error("premise–conclusion structures (numbered premises) are not supported in essay maps (only in general Argdown files)")
        case .inference: error("inference lines (`----`) of premise–conclusion structures are not supported in essay maps (only in general Argdown files)")
        }
        // Whatever is indented under it is skipped with it.
        if isRelation {
            while let top = stack.last, top.indent >= indent { stack.removeLast() }
        } else {
            stack.removeAll()
        }
        stack.append((indent, ArgdownParser.skipped))
        open = nil
    }

    // MARK: Headings

    mutating func parseHeading(level: Int) {
        let loc = here
        i += level
        skipSpaces()
        var body = StatementBody()
        scanText(into: &body)
        blocks.append(.heading(.init(level: level, title: body.text, data: body.data, tags: body.tags, location: loc)))
        stack.removeAll()
        open = nil
        general.reconstructing = nil
        general.topArgument = nil
        general.inList = false
        // In Argdown a heading's text runs on over the next lines, up to its data or a blank line.
        if dialect == .general, body.data == nil { general.openHeading = blocks.count - 1 }
    }

    /// General Argdown: a line of plain text (or the data `{…}`) right under a heading,
    /// which continues it.
    mutating func continueHeading(_ block: Int) {
        guard case .heading(var heading) = blocks[block] else { return }
        var body = StatementBody()
        scanText(into: &body)
        if !body.text.isEmpty { heading.title = heading.title.isEmpty ? body.text : heading.title + " " + body.text }
        heading.data = body.data
        heading.tags += body.tags
        blocks[block] = .heading(heading)
        if body.data == nil { general.openHeading = block }
    }

    // MARK: Statements

    mutating func parseRoot(indent: Int) {
        defer { general.inListItem = false }
        guard let node = parseStatement(link: nil, markerLocation: nil) else { return }
        stack.removeAll(keepingCapacity: true)
        stack.append((indent, node))
        blocks.append(.statement(node))
        general.reconstructing = nil
        let isArgument = statements[node].isArgument
        if isArgument { general.lastArgument = node }
        general.topArgument = isArgument && !general.inListItem ? node : nil
        if !general.inListItem { general.inList = false }
    }

    mutating func parseRelation(link: Claim.Link?, markerLength: Int, indent: Int) {
        let markerLoc = here
        var undercut = false
        var link = link
        if link == nil, dialect == .general {
            // `_` and `<_`: the child undercuts the parent; `_>`: the parent undercuts the child.
            undercut = true
            link = peek(1) == UInt8(ascii: ">") ? .attackedByParent : .attacks
        }
        guard let link else {
            error("undercuts (`_`, `<_`, `_>`) are not supported in essay maps (only in general Argdown files)")
            reportUnsupportedChildren(indent: indent)
            return
        }
        if dialect == .general, let previous = stack.last, indent < previous.indent {
            // A dedent, counted as Argdown's lexer counts it: one level for each line above
            // indented more, then the line stands beside the node of the level it lands in,
            // even when no line above was indented exactly as much.
            while let top = stack.last, top.indent > indent { stack.removeLast() }
            if !stack.isEmpty { stack.removeLast() }
        } else {
            while let top = stack.last, top.indent >= indent { stack.removeLast() }
        }
        // A marker alone relates an empty statement, which the lines under it may go on from;
        // at the top, or with nothing under it, Argdown reports an error.
        if dialect == .general, lineEndsAfterMarker(length: markerLength), stack.isEmpty || !nextLineIsIndented(moreThan: indent) {
            diagnostics.append(.warning("a relation marker with no statement after it (Argdown reports an error here): ignored", at: markerLoc))
            stack.append((indent, ArgdownParser.skipped))
            skipToLineEnd()
            return
        }
        guard let parent = stack.last else {
            if dialect == .general {
                diagnostics.append(.warning("a relation with no statement above it: read as a statement of its own", at: markerLoc))
                i += markerLength
                skipSpaces()
                parseRoot(indent: indent)
                return
            }
            error("a relation needs a statement above it, indented less")
            reportUnsupportedChildren(indent: indent)
            return
        }
        i += markerLength
        skipSpaces()
        if parent.node < 0 {
            stack.append((indent, ArgdownParser.skipped))
            return
        }
        if dialect == .essayMap, i >= n || b[i] == UInt8(ascii: "\n") || b[i] == UInt8(ascii: "\r") {
            error("a relation marker needs a statement after it: `[Title]: text` or `[Title]`", at: markerLoc)
            reportUnsupportedChildren(indent: indent)
            return
        }
        if dialect == .essayMap, let kind = unsupportedConstruct() {
            reportUnsupported(kind, indent: indent, isRelation: true)
            return
        }
        guard let node = parseStatement(link: link, markerLocation: markerLoc) else {
            stack.append((indent, ArgdownParser.skipped))
            return
        }
        statements[node].isUndercut = undercut
        if statements[node].isArgument { general.lastArgument = node }
        statements[node].parent = parent.node
        let last = statements[parent.node].lastChild
        if last < 0 { statements[parent.node].firstChild = Int32(node) } else { statements[Int(last)].nextSibling = Int32(node) }
        statements[parent.node].lastChild = Int32(node)
        stack.append((indent, node))
    }

    /// Whether the next line is indented more than `indent` (and is not blank).
    func nextLineIsIndented(moreThan indent: Int) -> Bool {
        var k = i
        while k < n, b[k] != 0x0A { k += 1 }
        k += 1
        var next = 0
        while k < n, b[k] == 0x20 || b[k] == 0x09 { next += b[k] == 0x09 ? 4 : 1; k += 1 }
        return k < n && b[k] != 0x0A && b[k] != 0x0D && next > indent
    }

    /// Whether nothing but spaces or a `//` comment follows the marker at the cursor.
    func lineEndsAfterMarker(length: Int) -> Bool {
        var k = i + length
        while k < n, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
        if k + 1 < n, b[k] == UInt8(ascii: "/"), b[k + 1] == UInt8(ascii: "/") { return true }
        return k >= n || b[k] == 0x0A || b[k] == 0x0D
    }

    /// Marks the lines indented under a rejected line as skipped.
    mutating func reportUnsupportedChildren(indent: Int) {
        while let top = stack.last, top.indent >= indent { stack.removeLast() }
        stack.append((indent, ArgdownParser.skipped))
        open = nil
    }

    /// `[Title]: text {data} #tags`, `[Title]`, or an untitled text. Returns its index.
    mutating func parseStatement(link: Claim.Link?, markerLocation: SourceLocation?) -> Int? {
        let loc = here
        var title = ""
        var hasTitle = false
        var isReference = false
        var isArgument = false
        if dialect == .general, let (t, argument) = parseGeneralTitle() {
            title = t
            hasTitle = true
            isArgument = argument
            if i < n, b[i] == UInt8(ascii: ":") {
                i += 1
                skipSpaces()
            } else {
                isReference = true
            }
        } else if dialect == .essayMap, i < n, b[i] == UInt8(ascii: "[") {
            guard let t = parseBracketed() else { return nil }
            title = t
            hasTitle = true
            if i < n, b[i] == UInt8(ascii: ":") {
                i += 1
                skipSpaces()
            } else {
                isReference = true
            }
        }
        var body = StatementBody()
        scanText(into: &body)
        if isReference && body.hasPlainText {
            if dialect == .general {
                diagnostics.append(.warning("text after the reference `\(title)` is ignored: write `\(title): text` to define it", at: loc))
            } else {
                error("text after the reference `[\(title)]`: write `[\(title)]: text` to define a statement", at: loc)
            }
        }
        if !hasTitle {
            untitledCount += 1
            title = "Untitled \(untitledCount)"
        } else if !isReference && body.text.isEmpty && dialect == .essayMap {
            error("the statement `[\(title)]` has a colon but no text", at: loc)
        }
        // Made in place in the array: built in a variable first, every statement was copied
        // into the array and the variable destroyed (4 % of parsing in perf).
        statements.append(ArgdownDocument.Statement(
            link: link, title: title, hasTitle: hasTitle, text: isReference ? nil : body.text, data: body.data,
            tags: body.tags, mentions: body.mentions, location: loc, markerLocation: markerLocation,
            parent: nil))
        let index = statements.count - 1
        if isArgument { statements[index].isArgument = true }
        open = isReference ? nil : index
        return index
    }

    /// A following line of a statement's text.
    mutating func continueStatement(_ index: Int) {
        var body = StatementBody()
        if statements[index].data != nil {
            body.sawData = true
        }
        scanText(into: &body)
        var s = statements[index]
        if !body.text.isEmpty {
            if s.data != nil {
                error("text after the statement's data: the data `{…}` must come last")
            }
            s.text = (s.text ?? "").isEmpty ? body.text : s.text! + " " + body.text
        }
        if let data = body.data { s.data = data }
        s.tags += body.tags
        s.mentions += body.mentions
        statements[index] = s
    }

    /// A `[…]` title on one line, with `\` escapes. The cursor is on `[`.
    mutating func parseBracketed() -> String? {
        let start = here
        i += 1
        // Most titles have no escape: made straight from the file's bytes, trimmed in place.
        let k = firstOffset(from: i, in: ArgdownParser.titleStops)
        if k < n, b[k] == UInt8(ascii: "]") {
            let title = trimmed(i, k)
            i = k + 1
            if title.isEmpty { error("empty title `[]`", at: start); return nil }
            return title
        }
        var bytes: [UInt8] = []
        while i < n {
            let c = b[i]
            if c == UInt8(ascii: "\\"), i + 1 < n, b[i + 1] != 0x0A {
                bytes.append(b[i + 1])
                i += 2
                continue
            }
            if c == UInt8(ascii: "]") {
                i += 1
                let title = ArgdownParser.trimmedText(bytes[...])
                if title.isEmpty { error("empty title `[]`", at: start); return nil }
                return title
            }
            if c == 0x0A || c == 0x0D { break }
            bytes.append(c)
            i += 1
        }
        error("`[` is never closed on this line", at: start)
        skipToLineEnd()
        return nil
    }

    /// The text of `bytes` without spaces, tabs and line breaks at either end (what
    /// `trimmingSpaces` takes off a string), trimmed before it is made into a string.
    static func trimmedText(_ bytes: ArraySlice<UInt8>) -> String {
        let (lo, hi) = trimmedRange(bytes, bytes.startIndex, bytes.endIndex)
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }

    /// `lo..<hi` of `bytes` without the spaces, tabs and line breaks at either end.
    static func trimmedRange<C: RandomAccessCollection<UInt8>>(_ bytes: C, _ lo: C.Index, _ hi: C.Index) -> (C.Index, C.Index) where C.Index == Int {
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A }
        var lo = lo, hi = hi
        while lo < hi, isSpace(bytes[lo]) { lo += 1 }
        while hi > lo, isSpace(bytes[hi - 1]) { hi -= 1 }
        return (lo, hi)
    }

    /// The file's bytes `lo..<hi` trimmed as `trimmedText` trims, as a string.
    func trimmed(_ lo: Int, _ hi: Int) -> String {
        let (lo, hi) = ArgdownParser.trimmedRange(b, lo, hi)
        return string(lo, hi)
    }

    /// The same for a word a file repeats (a data key, a stance): a short one is made once.
    mutating func trimmedWord(_ lo: Int, _ hi: Int) -> String {
        let (lo, hi) = ArgdownParser.trimmedRange(b, lo, hi)
        guard hi - lo <= ShortStrings.maximumLength else { return string(lo, hi) }
        if let known = b.withUnsafeBufferPointer({ shortStrings.cached($0, lo, hi) }) { return known }
        let made = string(lo, hi)
        b.withUnsafeBufferPointer { shortStrings.remember(made, for: $0, lo, hi) }
        return made
    }

    /// The file's bytes `lo..<hi` as a string: copied unchecked where the file is valid UTF-8
    /// and the range starts and ends between characters (as every range cut at ASCII bytes
    /// does), decoded with replacement characters where not.
    func string(_ lo: Int, _ hi: Int) -> String {
        if isValidUTF8, lo == n || !UTF8.isContinuation(b[lo]), hi == n || !UTF8.isContinuation(b[hi]) {
            return UTF8Check.copyOfChecked(b, lo, hi)
        }
        return String(decoding: b[lo..<hi], as: UTF8.self)
    }

    // MARK: Text, tags, mentions, data, comments

    struct StatementBody {
        /// The text so far, once it is not one unchanged run of the file (an escape, a tab,
        /// a comment or data inside it); empty while it is.
        var bytes: [UInt8] = []
        /// Where the text begins in the file while it is one run of it (the usual case), and
        /// how long it is: read from the file, not copied, until something breaks the run.
        var fileStart: Int?
        var runLength = 0
        var text: String = ""
        var data: InlineData?
        var tags: [String] = []
        var mentions: [ArgdownDocument.Mention] = []
        var sawData = false
        /// A `\.` or `\:` in the text: its shortcodes are left as written.
        var escapedShortcodeMark = false
        /// Whether the text has more than tags (which general Argdown keeps in it): a
        /// reference may be followed by tags, not by text.
        var hasPlainText = false

        var isEmpty: Bool { fileStart == nil ? bytes.isEmpty : runLength == 0 }
    }

    /// The text's last byte so far (0 when it has none).
    func lastByte(of body: StatementBody) -> UInt8 {
        if let start = body.fileStart { return body.runLength > 0 ? b[start + body.runLength - 1] : 0 }
        return body.bytes.last ?? 0
    }

    /// Copies the text's run of the file into its own bytes, before something not in the
    /// file (an escape's byte, a tab's space) is added or a gap is left.
    func detach(_ body: inout StatementBody) {
        guard let start = body.fileStart else { return }
        body.bytes.append(contentsOf: b[start..<(start + body.runLength)])
        body.fileStart = nil
        body.runLength = 0
    }

    /// Scans the rest of the line as text: escapes, comments, tags, mentions and inline data.
    mutating func scanText(into body: inout StatementBody) {
        // The text is gathered in one buffer kept across statements, not a new one each time.
        if body.bytes.isEmpty { swap(&body.bytes, &scratch) }
        defer {
            swap(&body.bytes, &scratch)
            scratch.removeAll(keepingCapacity: true)
        }
        while !atLineEnd {
            let c = b[i]
            let last = lastByte(of: body)
            let afterSpace = body.isEmpty || last == 0x20 || last == 0x09
            if c == UInt8(ascii: "\\"), i + 1 < n, b[i + 1] != 0x0A, b[i + 1] != 0x0D {
                if body.sawData { error("text after the data `{…}`: the data must come last") ; body.sawData = false }
                detach(&body)
                body.bytes.append(b[i + 1])
                body.hasPlainText = true
                if b[i + 1] == UInt8(ascii: ".") || b[i + 1] == UInt8(ascii: ":") { body.escapedShortcodeMark = true }
                i += 2
            } else if c == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "/"), afterSpace {
                skipToLineEnd()
            } else if (c == UInt8(ascii: "/") && at("/*")) || (c == UInt8(ascii: "<") && at("<!--")) {
                skipBlockComment()
            } else if c == UInt8(ascii: "{") {
                let loc = here
                if let data = InlineDataParser.parse(&self) {
                    if body.data != nil { error("a statement has only one data block `{…}`", at: loc) }
                    body.data = data
                    body.sawData = true
                }
            } else if c == UInt8(ascii: "#"), afterSpace, i + 1 < n, isTagStart(b[i + 1]) {
                let start = i
                parseTag(into: &body)
                // Argdown keeps a tag in the text where it is written; an essay map's tags are
                // metadata after the text (docs/format.md).
                if dialect == .general { appendRun(start, i, to: &body) }
            } else if c == UInt8(ascii: "@"), peek(1) == UInt8(ascii: "["), dialect == .general, !closesOnLine(from: i + 2) {
                // General Argdown lets a mention run over a line break: keep it as text.
                body.hasPlainText = true
                appendRun(i, i + 2, to: &body)
                i += 2
            } else if c == UInt8(ascii: "@"), peek(1) == UInt8(ascii: "[") {
                let loc = here
                i += 1
                let save = i
                body.hasPlainText = true
                if let title = parseBracketed() {
                    body.mentions.append(.init(title: title, location: loc))
                    appendRun(save - 1, i, to: &body)  // the `@` and the bracketed title
                }
            } else {
                if c == UInt8(ascii: "<"), dialect == .general, argumentDefinitionAhead() {
                    diagnostics.append(.warning("`<…>:` defines an argument only at the start of a line (Argdown reports an error here): read as text", at: here))
                }
                // A run of ordinary bytes, copied at once.
                let k = firstOffset(from: i + 1, in: ArgdownParser.textStops)
                if body.sawData, let j = b[i..<k].firstIndex(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) {
                    error("text after the data `{…}`: the data must come last", at: location(atOffset: j))
                    body.sawData = false
                }
                if !body.hasPlainText, b[i..<k].contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) { body.hasPlainText = true }
                if c == 0x09 {
                    detach(&body)
                    body.bytes.append(0x20)
                    body.bytes.append(contentsOf: b[(i + 1)..<k])
                } else {
                    appendRun(i, k, to: &body)
                }
                i = k
            }
        }
        if let start = body.fileStart {
            body.text = trimmed(start, start + body.runLength)
        } else {
            body.text = ArgdownParser.trimmedText(body.bytes[...])
        }
        // Argdown's shortcodes (`.v.` for ∨), unless a dot or colon was escaped to keep it.
        if dialect == .general, !body.escapedShortcodeMark { body.text = Shortcodes.replacing(in: body.text) }
    }

    /// Adds the file's bytes `lo..<hi` to the text: the run grows while they follow it in
    /// the file, and is copied out only when they do not.
    func appendRun(_ lo: Int, _ hi: Int, to body: inout StatementBody) {
        if body.isEmpty {
            body.fileStart = lo
            body.runLength = hi - lo
        } else if let start = body.fileStart, start + body.runLength == lo {
            body.runLength += hi - lo
        } else {
            detach(&body)
            body.bytes.append(contentsOf: b[lo..<hi])
        }
    }

    /// Bytes that may start something other than plain text inside a statement or heading.
    /// A space is plain: whether a `#` or `//` follows one is read from the text so far.
    static func isTextSpecial(_ c: UInt8) -> Bool {
        switch c {
        case 0x0A, 0x0D, 0x09, UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "<"), UInt8(ascii: "{"), UInt8(ascii: "#"), UInt8(ascii: "@"):
            return true
        default:
            return false
        }
    }

    /// A byte of a `#tag` without parentheses, as Argdown's lexer has them: ASCII letters,
    /// digits, `-` and the ASCII between `Z` and `a` (its pattern says `A-z`), and any
    /// non-ASCII character. Punctuation ends the tag: `#cruel,` is the tag `cruel`.
    static func isTagByte(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "z"), UInt8(ascii: "-"), 0x80...0xFF: return true
        default: return false
        }
    }

    /// Whether `#` followed by `c` starts a tag.
    func isTagStart(_ c: UInt8) -> Bool {
        if c == UInt8(ascii: "(") { return true }
        return dialect == .general ? ArgdownParser.isTagByte(c) : (c != 0x20 && c != 0x0A && c != 0x0D)
    }

    /// `#tag` or `#(a tag with spaces)`.
    mutating func parseTag(into body: inout StatementBody) {
        i += 1
        var bytes: [UInt8] = []
        if peek() == UInt8(ascii: "(") {
            let loc = here
            i += 1
            while !atLineEnd, b[i] != UInt8(ascii: ")") { bytes.append(b[i]); i += 1 }
            if atLineEnd { error("`#(` tag is never closed on this line", at: loc) } else { i += 1 }
        } else {
            // General Argdown ends a tag as Argdown does; an essay map's runs to a space or `{`.
            while !atLineEnd, dialect == .general ? ArgdownParser.isTagByte(b[i]) : (b[i] != 0x20 && b[i] != 0x09 && b[i] != UInt8(ascii: "{")) {
                bytes.append(b[i])
                i += 1
            }
        }
        let tag = ArgdownParser.trimmedText(bytes[...])
        if !tag.isEmpty { body.tags.append(tag) }
    }

    /// Skips `/* … */` or `<!-- … -->`, across lines.
    mutating func skipBlockComment() {
        let loc = here
        let start = i
        let html = at("<!--")
        i += html ? 4 : 2
        while i < n {
            if html ? at("-->") : at("*/") {
                i += html ? 3 : 2
                if dialect == .general { general.blockComments[i] = start }
                return
            }
            if b[i] == 0x0A { consumeNewline() } else { i += 1 }
        }
        error(html ? "`<!--` comment is never closed" : "`/*` comment is never closed", at: loc)
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        var lo = scalars.startIndex, hi = scalars.endIndex
        func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" || s == "\r" || s == "\n" }
        while lo < hi, isSpace(scalars[lo]) { lo = scalars.index(after: lo) }
        while hi > lo, isSpace(scalars[scalars.index(before: hi)]) { hi = scalars.index(before: hi) }
        if lo == scalars.startIndex && hi == scalars.endIndex { return self }
        return String(scalars[lo..<hi])
    }
}
