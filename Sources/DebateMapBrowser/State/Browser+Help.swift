/// The help: the keys, marks and mouse of the view it was opened over, scrolled.
extension Browser {
    mutating func openHelp() {
        view = .help(over: view, top: 0)
    }

    /// The view the help is open over, if it is open.
    var helpOver: View? {
        if case .help(let over, _) = view { return over }
        return nil
    }

    mutating func applyInHelp(_ action: Action, over: View, top: Int) {
        let count = HelpSheet(for: over.mode, glyphs: glyphs, keys: options.keys).lines.count
        let height = max(1, helpBox.visibleRows)
        let last = max(0, count - height)
        var top = top
        switch action {
        case .down: top = min(last, top + 1)
        case .scrollDown: top = min(last, top + 3)
        case .up: top = max(0, top - 1)
        case .scrollUp: top = max(0, top - 3)
        case .first: top = 0
        case .last: top = last
        case .pageDown, .halfPageDown: top = min(last, top + max(1, action == .pageDown ? height : height / 2))
        case .pageUp, .halfPageUp: top = max(0, top - max(1, action == .pageUp ? height : height / 2))
        case .leave, .help: view = over; return
        default: return
        }
        view = .help(over: over, top: top)
    }
}
