/// Counts before a key, as in vim, less and jless: `5j` moves five rows, `3J` three
/// siblings, `10` Ctrl-d ten half pages; `12G` goes to row 12 of the tree. The count shows
/// in the footer while it is typed; Esc cancels it.
extension Browser {
    /// The largest count: more rows than any screen, few enough to repeat at once.
    static let largestCount = 99_999

    /// Takes a digit of a count (a count cannot start with 0). True when the key was one.
    mutating func takeCountDigit(_ key: Key) -> Bool {
        guard mode != .search, case .character(let c) = key, c.isASCII, let digit = c.wholeNumberValue,
              digit > 0 || pendingCount != nil else { return false }
        pendingCount = min(Browser.largestCount, (pendingCount ?? 0) * 10 + digit)
        return true
    }

    /// Applies the action of the key that ends a count: a motion `count` times, `g`/`G` to
    /// row `count` of the tree; any other action once. Esc only cancels the count.
    mutating func apply(_ action: Action, count: Int) {
        switch action {
        case .first where mode == .tree, .last where mode == .tree:
            moveSelection(to: count - 1)
        case _ where action.repeatsWithCount:
            for _ in 0..<count {
                let before = (mode, selection, scrollTop)
                apply(action)
                // In the tree, stop at the end of the list instead of spinning in place.
                if mode == .tree, before == (mode, selection, scrollTop), action.isMotion { break }
            }
        default:
            apply(action)
        }
    }
}

extension Action {
    /// Whether a count repeats the action (motions, paging, folding, the next match).
    var repeatsWithCount: Bool { isMotion || self == .nextMatch || self == .previousMatch }

    /// Whether the action moves through what is shown.
    var isMotion: Bool {
        switch self {
        case .down, .up, .nextSibling, .previousSibling, .halfPageDown, .halfPageUp, .pageDown, .pageUp,
             .collapseOrParent, .expandOrChild, .scrollDown, .scrollUp:
            return true
        default:
            return false
        }
    }
}
