/// A list with a pane below it that shows the chosen item in full: the opposing-claims picker
/// and the problems view. It splits the body between the two, keeps the chosen row in the
/// middle of the list when it can, and moves through the list with the keys, the wheel and
/// the mouse (Ctrl-d/Ctrl-u and the wheel over the pane scroll the pane).
struct ListPane {
    /// The chosen item and how far its pane is scrolled.
    var index: Int
    var paneTop: Int

    /// What a key did: moved in the list or the pane, asked to open the chosen item, or nothing
    /// a list does (the view handles the rest).
    enum Outcome { case moved, activate, other }

    /// The list and the pane at a body's size: the pane only when there is room for it.
    static func rects(count: Int, body: Rect) -> (list: Rect, pane: Rect) {
        guard body.height >= 8 else { return (body, .empty) }
        let listHeight = min(count, max(2, (body.height - 1) / 2))
        return (Rect(x: body.x, y: body.y, width: body.width, height: listHeight),
                Rect(x: body.x, y: body.y + listHeight + 1, width: body.width, height: body.height - listHeight - 1))
    }

    /// The first row of the list on screen, keeping the chosen one in the middle when it can.
    func top(height: Int, count: Int) -> Int {
        max(0, min(index - height / 2, count - height))
    }

    /// Applies a key to the list of `count` items in `rects`; `paneLines` counts the chosen
    /// item's pane, `overPane` says whether the mouse is over it. Another item starts its
    /// pane at the top.
    mutating func apply(_ action: Action, count: Int, rects: (list: Rect, pane: Rect), paneLines: () -> Int, overPane: Bool) -> Outcome {
        guard count > 0 else { return action == .activate ? .activate : .other }
        let before = index
        defer { if index != before { paneTop = 0 } }
        let pane = rects.pane
        switch action {
        case .down: index = min(count - 1, index + 1)
        case .up: index = max(0, index - 1)
        case .first, .pageUp: index = 0
        case .last, .pageDown: index = count - 1
        case .halfPageDown, .halfPageUp:
            paneTop = ScrollWindow.scrolled(paneTop, by: action, total: paneLines(), height: pane.height) ?? paneTop
        case .scrollDown, .scrollUp:
            if pane.height > 0, overPane, let top = ScrollWindow.scrolled(paneTop, by: action, total: paneLines(), height: pane.height) {
                paneTop = top
            } else {
                index = action == .scrollDown ? min(count - 1, index + 1) : max(0, index - 1)
            }
        case .click(let x, let y):
            // A click selects a row; a click on the selected row opens it.
            let list = rects.list
            guard list.contains(x: x, y: y) else { return .moved }
            let i = top(height: list.height, count: count) + y - list.y
            guard (0..<count).contains(i) else { return .moved }
            if i == index { return .activate }
            index = i
        case .activate: return .activate
        default: return .other
        }
        return .moved
    }
}

extension Browser {
    /// A list of `count` rows and its pane, in the body of a full-screen view.
    func listRects(count: Int) -> (list: Rect, pane: Rect) {
        ListPane.rects(count: count, body: Layout(width: size.width, height: size.height, showDetail: false).tree)
    }
}
