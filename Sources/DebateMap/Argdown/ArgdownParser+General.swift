/// General Argdown: what the parser reads beyond our essay-map subset when a file is not an
/// essay map (`ArgdownDialect.general`): arguments `<Title>`, premise–conclusion structures
/// (`(1)` premises, `----` / `-- rule --` / multi-line inference lines, intermediary
/// conclusions), undercuts (handled in `parseRelation`), Markdown list items and links.
extension ArgdownParser {
    /// What the general reading carries from line to line.
    struct GeneralState {
        /// The argument defined by the last statement line, whose text the next line may continue.
        var lastArgument: Int?
        /// The argument that is the last top-level element (its relation lines, continued text
        /// and the blank lines after it included): a structure that follows reconstructs it.
        /// Any other top-level element (a statement, a heading, a list, a structure) ends it.
        var topArgument: Int?
        /// The next top-level statement stands in a list item, which Argdown reads as a list,
        /// not as an argument a structure could follow.
        var inListItem = false
        /// The argument whose premise–conclusion structure is being read.
        var reconstructing: Int?
        /// The inference rule read for the next `(n)` statement, which makes it a conclusion.
        var pendingRule: String?
        /// Inside a multi-line inference (`--`, rule lines, `--`).
        var inRule = false
        var ruleText: [String] = []
        /// Where the data of a rule written over lines starts: offset, line, the line's start.
        var ruleDataStart: (Int, Int, Int)?
        /// Where the last inference line starts.
        var ruleLocation: SourceLocation?
        /// A list is being read: its next item is part of it, not an element of its own.
        var inList = false
        /// The indentation of the list's last item, and whether it is ordered (`1.`).
        var listIndent = 0
        var listOrdered = false
        /// Each block comment read (`/* … */`, `<!-- … -->`): where it starts, by the offset
        /// just after its end, so a comment line above an element is looked past at once.
        var blockComments: [Int: Int] = [:]
        /// The heading (its index in `blocks`) that a line of plain text right under it continues.
        var openHeading: Int?
    }

    /// Reads a line that only general Argdown has; false when the ordinary rules apply.
    mutating func parseGeneralLine(indent: Int) -> Bool {
        let previousArgument = general.lastArgument
        general.lastArgument = nil
        if let number = premiseNumber() {
            parsePremise(number: number, indent: indent, argument: general.topArgument)
            return true
        }
        if b[i] == UInt8(ascii: "-"), peek(1) == UInt8(ascii: "-"), peek(2) != UInt8(ascii: ">") {
            parseInferenceLine(indent: indent)
            return true
        }
        if let content = listItemContent() {
            // Argdown's model makes a statement of every list item: one defined in it
            // (`* [T]: text`, `1. <A>: text`) or an untitled one of its text. A root of the map,
            // as a paragraph is; a list item is not an argument a structure could follow.
            if general.inList, indent > general.listIndent {
                // The list keeps its own indentation: its next item back there is no new list.
                diagnostics.append(.warning("a list item indented under another: Argdown has no nested lists (it reports an error here); read as an item of its own", at: here))
            } else {
                (general.inList, general.listIndent, general.listOrdered) = (true, indent, listItemIsOrdered)
            }
            i = content
            open = nil
            if atLineEnd { return true }  // a marker alone
            general.inListItem = true
            parseRoot(indent: indent)
            return true
        }
        if let open, b[i] == UInt8(ascii: "["), startsMarkdownLink() {
            continueStatement(open)
            return true
        }
        if b[i] == UInt8(ascii: "<"), isAngleTitleStart() {
            parseRoot(indent: indent)
            return true
        }
        if let open, open == previousArgument, !(b[i] == UInt8(ascii: "#") && headingLevel() != nil), b[i] != UInt8(ascii: "["), relationMarker() == nil {
            continueStatement(open)
            general.lastArgument = previousArgument
            return true
        }
        return false
    }

    /// `(n)` followed by a space or the end of the line: a statement of a premise–conclusion structure.
    func premiseNumber() -> Int? {
        guard i < n, b[i] == UInt8(ascii: "(") else { return nil }
        var k = i + 1
        var value = 0
        while k < n, b[k] >= 0x30, b[k] <= 0x39, k - i < 9 { value = value * 10 + Int(b[k] - 0x30); k += 1 }
        guard k > i + 1, k < n, b[k] == UInt8(ascii: ")") else { return nil }
        let after = k + 1 < n ? b[k + 1] : 0x0A
        return after == 0x20 || after == 0x09 || after == 0x0A || after == 0x0D ? value : nil
    }

    /// `* item`, `- ` is a relation, so only `*` and `1.` lists: where the item's text starts,
    /// or nil for no list item.
    func listItemContent() -> Int? {
        var k = i
        if b[i] == UInt8(ascii: "*"), peek(1) == 0x20 || peek(1) == 0x09 {
            k = i + 1
        } else {
            while k < n, b[k] >= 0x30, b[k] <= 0x39 { k += 1 }
            guard k > i && k + 1 < n && b[k] == UInt8(ascii: ".") && (b[k + 1] == 0x20 || b[k + 1] == 0x09) else { return nil }
            k += 1
        }
        while k < n, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
        return k
    }

    /// `<` that opens an argument title, not a relation marker or a comment.
    func isAngleTitleStart() -> Bool {
        guard i < n, b[i] == UInt8(ascii: "<"), !at("<!--") else { return false }
        let next = peek(1)
        if next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D { return false }
        if (next == UInt8(ascii: "+") || next == UInt8(ascii: "-") || next == UInt8(ascii: "_")) && (peek(2) == 0x20 || peek(2) == 0x09) { return false }
        // A title needs its closing `>` on the line.
        var k = i + 1
        while k < n, b[k] != 0x0A {
            if b[k] == UInt8(ascii: ">") { return k > i + 1 }
            k += 1
        }
        return false
    }

    /// `<Title>:` at the cursor, an argument definition.
    func argumentDefinitionAhead() -> Bool {
        guard isAngleTitleStart() else { return false }
        var k = i + 1
        while k < n, b[k] != UInt8(ascii: ">") { k += 1 }
        return k + 1 < n && b[k + 1] == UInt8(ascii: ":")
    }

    /// Whether the line starts an element of its own, which Argdown wants a blank line above:
    /// a statement or argument by its title (defined or named), a heading, a list (its first
    /// item), a premise–conclusion structure (its first statement).
    func startsElement(indent: Int) -> Bool {
        switch b[i] {
        case UInt8(ascii: "#"): return headingLevel() != nil
        case UInt8(ascii: "["): return closesOnLine(from: i + 1) && !startsMarkdownLink()
        case UInt8(ascii: "<"): return isAngleTitleStart()
        case UInt8(ascii: "("): return premiseNumber() != nil && general.reconstructing == nil
        default:
            // A list's further items are part of it; one of the other kind (`*` and `1.`) or
            // indented less than the item before starts another list. One indented more is
            // warned as a nested item, and not as a new list too.
            guard listItemContent() != nil else { return false }
            guard general.inList else { return true }
            return indent < general.listIndent || (indent == general.listIndent && general.listOrdered != listItemIsOrdered)
        }
    }

    /// Whether the list item at the cursor is ordered (`1.`), not a bullet (`*`).
    var listItemIsOrdered: Bool { b[i] != UInt8(ascii: "*") }

    /// Whether the line above the cursor's line is blank, or there is none. Lines holding only
    /// comments (`// …`, or a `/* … */` or `<!-- … -->` ending on them) are looked past, as
    /// Argdown's lexer skips them: a comment between a blank line and an element is fine.
    func previousLineIsBlank() -> Bool {
        // The first line (after a byte order mark, if any) has none.
        let top = n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0
        var end = lineStart  // the start of the line below the one looked at
        while end > top {
            var start = end - 1  // the line feed ending the line looked at
            while start > top, b[start - 1] != 0x0A { start -= 1 }
            var (first, last) = (start, end - 1)
            while first < last, b[first] == 0x20 || b[first] == 0x09 || b[first] == 0x0D { first += 1 }
            while last > first, b[last - 1] == 0x20 || b[last - 1] == 0x09 || b[last - 1] == 0x0D { last -= 1 }
            if first == last { return true }
            if last - first >= 2, b[first] == UInt8(ascii: "/"), b[first + 1] == UInt8(ascii: "/") {
                end = start
                continue
            }
            // Block comments, one or more, that fill the line up to its end.
            var k = last
            while let opener = general.blockComments[k] {
                k = opener
                while k > start, b[k - 1] == 0x20 || b[k - 1] == 0x09 { k -= 1 }
            }
            // No comment at the end, or text before the first of them on this line.
            if k == last || k > start { return false }
            // A comment that began on a line above: the walk goes on from there.
            var lineOfOpener = k
            while lineOfOpener > top, b[lineOfOpener - 1] != 0x0A { lineOfOpener -= 1 }
            if (lineOfOpener..<k).contains(where: { b[$0] != 0x20 && b[$0] != 0x09 }) { return false }
            end = lineOfOpener
        }
        return true
    }

    /// The title of a general statement line: `[Title]`, `<Title>`, `<Title>(n)`. Nil (cursor
    /// unmoved) for plain text, including a Markdown link `[text](url)` at the start of a line.
    mutating func parseGeneralTitle() -> (String, Bool)? {
        guard i < n else { return nil }
        let save = (i, diagnostics.count)
        if b[i] == UInt8(ascii: "[") {
            if let title = parseBracketed() {
                if i < n, b[i] == UInt8(ascii: "(") { i = save.0; return nil }  // a Markdown link
                return (title, false)
            }
            // An unclosed `[` is text in general Argdown.
            i = save.0
            diagnostics.removeSubrange(save.1...)
            return nil
        }
        if isAngleTitleStart() {
            let start = here
            i += 1
            var bytes: [UInt8] = []
            while i < n, b[i] != UInt8(ascii: ">"), b[i] != 0x0A {
                if b[i] == UInt8(ascii: "\\"), i + 1 < n, b[i + 1] != 0x0A { bytes.append(b[i + 1]); i += 2; continue }
                bytes.append(b[i])
                i += 1
            }
            i += 1
            let title = ArgdownParser.trimmedText(bytes[...])
            if let number = numberAfterTitle() {
                // `<A>(1)`: the statement numbered 1 in A's premise–conclusion structure.
                // Argdown's lexer has this syntax switched off, so a file using it does not
                // read there: said so, and read as it was meant.
                diagnostics.append(.warning("`<\(title)>(\(number))`, a statement named by its number, is not read by Argdown (its parser reports an error here): read as statement (\(number)) of `<\(title)>`", at: start))
                while i < n, b[i] != UInt8(ascii: ")") { i += 1 }
                i += 1
                return ("<\(title)>(\(number))", false)
            }
            return (title, true)
        }
        // An unclosed `[` is text in general Argdown.
        i = save.0
        diagnostics.removeSubrange(save.1...)
        return nil
    }

    /// `(n)` right after an argument title, whatever follows it.
    func numberAfterTitle() -> Int? {
        guard i < n, b[i] == UInt8(ascii: "(") else { return nil }
        var k = i + 1
        var value = 0
        while k < n, b[k] >= 0x30, b[k] <= 0x39, k - i < 9 { value = value * 10 + Int(b[k] - 0x30); k += 1 }
        return k > i + 1 && k < n && b[k] == UInt8(ascii: ")") ? value : nil
    }

    /// `[text](` at the cursor: a Markdown link, text rather than a title.
    func startsMarkdownLink() -> Bool {
        var k = i + 1
        while k < n, b[k] != 0x0A {
            if b[k] == UInt8(ascii: "]") { return k + 1 < n && b[k + 1] == UInt8(ascii: "(") }
            k += 1
        }
        return false
    }

    /// Whether a `]` closes the bracket before the end of the line.
    func closesOnLine(from start: Int) -> Bool {
        var k = start
        while k < n, b[k] != 0x0A {
            if b[k] == UInt8(ascii: "]") { return true }
            k += 1
        }
        return false
    }

    mutating func parsePremise(number: Int, indent: Int, argument previous: Int?) {
        let markerLocation = here
        let argument: Int
        // The structure is a top-level element of its own: one after it is not the argument's.
        general.topArgument = nil
        if let previous {
            argument = previous
        } else if let current = general.reconstructing, !startsAnotherStructure(of: current) {
            argument = current
            if previousLineIsBlank() {
                diagnostics.append(.warning("a blank line inside a premise–conclusion structure (Argdown reports an error here): read as one structure", at: markerLocation))
            }
        } else {
            // A structure with no argument line above it reconstructs an untitled argument.
            untitledCount += 1
            let statement = ArgdownDocument.Statement(
                link: nil, title: "Untitled \(untitledCount)", hasTitle: false, text: "", data: nil, tags: [], mentions: [],
                location: markerLocation, markerLocation: nil, parent: nil)
            statements.append(statement)
            statements[statements.count - 1].isArgument = true
            argument = statements.count - 1
            blocks.append(.statement(argument))
        }
        general.reconstructing = argument
        while i < n, b[i] != UInt8(ascii: ")") { i += 1 }
        i += 1
        skipSpaces()
        guard let node = parseStatement(link: nil, markerLocation: markerLocation) else { return }
        if !statements[node].hasTitle, statements[node].text?.isEmpty ?? false {
            diagnostics.append(.warning("`(\(number))` has no statement after it (Argdown reports an error here)", at: markerLocation))
        }
        statements[node].number = number
        if let rule = general.pendingRule {
            statements[node].isConclusion = true
            statements[node].inferenceRule = rule.isEmpty ? nil : rule
            general.pendingRule = nil
        }
        statements[argument].reconstruction.append(node)
        stack = [(indent, node)]
    }

    /// Whether a `(n)` line starts a structure of its own rather than going on with the one
    /// being read: after a blank line, when that one already reached its conclusion. Argdown
    /// ends a structure at a blank line; one broken by a blank line before its conclusion
    /// is read on, as the writer meant it.
    func startsAnotherStructure(of argument: Int) -> Bool {
        guard let last = statements[argument].reconstruction.last, statements[last].isConclusion else { return false }
        return previousLineIsBlank()
    }

    /// `----`, `-- rule --`, `-- rule {data} --`, or `--` opening a multi-line rule.
    mutating func parseInferenceLine(indent: Int) {
        open = nil
        general.ruleLocation = here
        let start = i
        while i < n, b[i] == UInt8(ascii: "-") { i += 1 }
        let dashes = i - start
        checkInferenceData(from: i)
        var body = restOfLine()
        while body.hasSuffix("-") { body.removeLast() }
        body = ArgdownParser.withoutData(body).trimmingSpaces()
        // Relations written under the inference line are about the inference: they hang
        // under the argument (`<_ [U]: …` undercuts it).
        if let argument = general.reconstructing { stack = [(indent, argument)] }
        if !body.isEmpty {
            general.pendingRule = body
        } else if dashes >= 4 || nextLineStartsPremise() {
            // `----` is a whole inference line; only `--` opens a rule written over lines.
            if dashes < 4 { warnUnclosedInference() }
            general.pendingRule = ""
        } else {
            general.inRule = true
            general.ruleText = []
        }
    }

    /// A line inside a multi-line inference: rule text, data, or the closing `--`.
    mutating func continueInferenceRule() {
        skipSpaces()
        let start = i
        let text = restOfLine()
        if !text.isEmpty, text.allSatisfy({ $0 == "-" }) {
            closeInferenceRule(dataEnd: start)
            return
        }
        if general.ruleDataStart == nil, let brace = b[start..<i].firstIndex(of: UInt8(ascii: "{")) { general.ruleDataStart = (brace, line, lineStart) }
        general.ruleText.append(text)
        if nextLineStartsPremise() {
            // An unclosed rule: the structure goes on; read it as closed.
            warnUnclosedInference()
            closeInferenceRule(dataEnd: i)
        }
    }

    /// The end of a rule written over lines: its text, without its data, which may run over
    /// lines too and is checked as a whole.
    mutating func closeInferenceRule(dataEnd: Int) {
        general.inRule = false
        general.pendingRule = ArgdownParser.withoutData(general.ruleText.joined(separator: " ")).trimmingSpaces()
        if let (brace, braceLine, braceLineStart) = general.ruleDataStart {
            checkInferenceData(from: brace, to: dataEnd, line: braceLine, lineStart: braceLineStart)
        }
        general.ruleDataStart = nil
    }

    /// An inference `--` with no closing `--` before the next `(n)`: Argdown would read that
    /// statement as part of the rule and report an error; read here as if closed.
    mutating func warnUnclosedInference() {
        diagnostics.append(.warning("the inference line `--` is never closed (Argdown reports an error here): write `----`, or `-- rule --`; read as closed",
                                    at: general.ruleLocation))
    }

    /// The rest of the current line as text, the cursor left at its end.
    mutating func restOfLine() -> String {
        let start = i
        skipToLineEnd()
        return trimmed(start, i)
    }

    /// Inference data (`-- rule {uses: [1, 2]} --`) is not shown, but data Argdown could not
    /// read is said to be so: Argdown drops it without a word. Checked by a parser of its own
    /// over the rest of the line, so the line is read as before whatever the data holds.
    mutating func checkInferenceData(from start: Int, to end: Int? = nil, line: Int? = nil, lineStart: Int? = nil) {
        var k = start
        let end = end ?? { var e = start; while e < n, b[e] != 0x0A { e += 1 }; return e }()
        while k < end, b[k] != UInt8(ascii: "{") { k += 1 }
        guard k < end else { return }
        var check = ArgdownParser(b: b, n: end, file: file, fileNumber: fileNumber)
        (check.i, check.line, check.lineStart, check.isValidUTF8) = (k, line ?? self.line, lineStart ?? self.lineStart, isValidUTF8)
        guard InlineDataParser.parse(&check) == nil, let failure = check.diagnostics.first else { return }
        diagnostics.append(.warning("the inference's data is not valid (\(failure.message)): ignored", at: failure.location))
    }

    /// The text without a `{…}` data block (inference data such as `{uses: [1, 2]}`).
    static func withoutData(_ text: String) -> String {
        guard let open = text.firstIndex(of: "{") else { return text }
        var depth = 0
        var k = open
        while k < text.endIndex {
            if text[k] == "{" { depth += 1 }
            if text[k] == "}" { depth -= 1; if depth == 0 { break } }
            k = text.index(after: k)
        }
        let after = k < text.endIndex ? text.index(after: k) : text.endIndex
        return String(text[..<open]) + String(text[after...])
    }

    func nextLineStartsPremise() -> Bool {
        var k = i
        while k < n, b[k] != 0x0A { k += 1 }
        k += 1
        while k < n, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
        guard k + 1 < n, b[k] == UInt8(ascii: "("), b[k + 1] >= 0x30, b[k + 1] <= 0x39 else { return false }
        return true
    }
}
