/// Which lines of a text taller than its pane are shown at a scroll position, leaving a row
/// above and below for the "↑ 3 more lines" / "↓ 4 more lines" markers when there is more
/// that way. Nothing is cut off without saying so.
struct ScrollWindow: Sendable, Hashable {
    /// The first line shown, and how many are shown.
    let first: Int
    let count: Int
    /// How many lines are above and below the ones shown.
    let above: Int
    let below: Int

    init(total: Int, height: Int, top: Int) {
        let height = max(0, height)
        guard total > height else {
            (first, count, above, below) = (0, total, 0, 0)
            return
        }
        guard height >= 2 else {
            let first = min(max(0, top), total - 1)
            (self.first, count, above, below) = (first, height, first, total - first - height)
            return
        }
        let first = min(max(0, top), ScrollWindow.maxTop(total: total, height: height))
        var rows = height - (first > 0 ? 1 : 0)
        if first + rows < total { rows -= 1 }
        (self.first, count, above, below) = (first, rows, first, total - first - rows)
    }

    /// The last scroll position: the last lines shown under the "↑" marker.
    static func maxTop(total: Int, height: Int) -> Int {
        guard total > height else { return 0 }
        return height >= 2 ? total - height + 1 : total - 1
    }

    /// The scroll position after a scrolling action, or nil for an action that does not scroll.
    static func scrolled(_ top: Int, by action: Action, total: Int, height: Int) -> Int? {
        let page = max(1, height - 2)
        let step: Int
        switch action {
        case .down: step = 1
        case .up: step = -1
        case .scrollDown: step = 3
        case .scrollUp: step = -3
        case .pageDown: step = page
        case .pageUp: step = -page
        case .halfPageDown: step = max(1, page / 2)
        case .halfPageUp: step = -max(1, page / 2)
        case .first: return 0
        case .last: return maxTop(total: total, height: height)
        default: return nil
        }
        return min(max(0, top + step), maxTop(total: total, height: height))
    }
}
