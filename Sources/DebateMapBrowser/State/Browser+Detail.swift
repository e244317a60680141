/// The detail pane's scroll: Tab gives it the keys (j/k, Ctrl-d/u, PgUp/PgDn, g/G scroll it;
/// Tab or Esc gives them back), and the mouse wheel over it scrolls it. The scroll belongs to
/// the node it was made on: another selection starts at the top.
extension Browser {
    /// The first line of the detail pane on screen.
    public var detailTop: Int {
        guard let scroll = detailScroll, scroll.node == selectedNode else { return 0 }
        return scroll.top
    }

    /// How many lines the detail pane's text has at the current size.
    var detailLineCount: Int { detailLines(width: detailRect.width - 1).count }

    mutating func scrollDetail(_ action: Action) {
        guard let node = selectedNode,
              let top = ScrollWindow.scrolled(detailTop, by: action, total: detailLineCount, height: detailRect.height) else { return }
        detailScroll = (node, top)
    }

    /// An action while the pane has the keys: true when the pane took it.
    mutating func applyInDetail(_ action: Action) -> Bool {
        switch action {
        case .focusPane, .leave:
            detailFocus = false
            return true
        case .down, .up, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .first, .last, .scrollDown, .scrollUp:
            scrollDetail(action)
            return true
        case .resize, .help, .quit: return false
        default:
            // Any other key goes back to the tree, and does there what it does.
            detailFocus = false
            return false
        }
    }
}
