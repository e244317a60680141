/// A rectangle of the screen.
struct Rect: Sendable, Hashable {
    var x: Int, y: Int, width: Int, height: Int
    static let empty = Rect(x: 0, y: 0, width: 0, height: 0)
    func contains(x px: Int, y py: Int) -> Bool { px >= x && px < x + width && py >= y && py < y + height }
}

/// Where each part of the browser goes at a size: header, tree, detail pane, footer. The
/// detail pane sits below the tree, or beside it from 120 columns; it is left out when the
/// screen is too small to hold it usefully. Nothing here assumes a minimum size.
struct Layout: Sendable {
    var header: Rect = .empty
    var tree: Rect = .empty
    var separator: Rect = .empty
    var detail: Rect = .empty
    var footer: Rect = .empty
    var sideBySide = false

    init(width: Int, height: Int, showDetail: Bool) {
        let w = max(0, width), h = max(0, height)
        guard w > 0, h > 0 else { return }
        var top = 0, bottom = h
        if h >= 3 {
            header = Rect(x: 0, y: 0, width: w, height: 1)
            footer = Rect(x: 0, y: h - 1, width: w, height: 1)
            top = 1
            bottom = h - 1
        }
        let body = Rect(x: 0, y: top, width: w, height: bottom - top)
        tree = body
        guard showDetail else { return }
        if w >= 120 && body.height >= 4 {
            let treeWidth = w * 3 / 5
            sideBySide = true
            tree = Rect(x: 0, y: top, width: treeWidth, height: body.height)
            separator = Rect(x: treeWidth, y: top, width: 1, height: body.height)
            detail = Rect(x: treeWidth + 2, y: top, width: w - treeWidth - 2, height: body.height)
        } else if body.height >= 10 {
            let detailHeight = min(8, body.height / 3)
            tree = Rect(x: 0, y: top, width: w, height: body.height - detailHeight - 1)
            separator = Rect(x: 0, y: top + tree.height, width: w, height: 1)
            detail = Rect(x: 0, y: separator.y + 1, width: w, height: detailHeight)
        }
    }
}
