import DebateMap

/// Search highlighting: every visible occurrence of the query, found on the screen itself.
extension Browser {
    /// Marks each occurrence of the search query in a rectangle of the screen, matching
    /// case- and diacritic-insensitively as the search does. It reads only the cells of the
    /// rectangle, so the cost follows what is visible, not the corpus.
    func highlightMatches(_ screen: inout Screen, in rect: Rect) {
        guard let needle = highlightNeedle else { return }
        let lit = CellStyle.Attributes([.bold, .underline])
        for y in max(0, rect.y)..<max(max(0, rect.y), min(screen.height, rect.y + rect.height)) {
            var folded: [UInt8] = []
            var owner: [Int] = []  // the cell each folded byte comes from
            for x in max(0, rect.x)..<max(max(0, rect.x), min(screen.width, rect.x + rect.width)) {
                let text = screen[x, y].text
                guard !text.isEmpty else { continue }
                let bytes = TextFold.foldedBytes(text)
                folded.append(contentsOf: bytes)
                owner.append(contentsOf: repeatElement(x, count: bytes.count))
            }
            guard folded.count >= needle.count else { continue }
            var k = 0
            while k <= folded.count - needle.count {
                if folded[k] == needle[0], folded[k..<(k + needle.count)].elementsEqual(needle) {
                    let first = owner[k], last = owner[k + needle.count - 1]
                    // Through the last cell, and the right half of a wide character.
                    var end = last + 1
                    while end < screen.width, screen[end, y].text.isEmpty { end += 1 }
                    for x in first..<end {
                        screen[x, y].style.attributes.formUnion(lit)
                        if options.color { screen[x, y].style.color = .cyan }
                    }
                    k += needle.count
                } else {
                    k += 1
                }
            }
        }
    }
}
