/// The one table of keys: `Browser.handle` reads it to turn keys into actions, and the help
/// overlay and footer are generated from it, so what is documented is what works.
public struct KeyBinding: Sendable, Hashable {
    public var keys: [Key]
    public var action: Action
    /// How the key is written in the help, e.g. "j ↓".
    public var label: String
    public var description: String
    public var modes: Set<Mode>
    /// How the key appears in the footer of its modes ("j/k move"), if it does.
    public var footer: String?
}

/// The keys of every view, in the order the help lists them: the standard table, or one a
/// configuration file rebound (`rebinding`). The browser reads the table of its options; the
/// static members read the standard one.
public struct KeyTable: Sendable, Hashable {
    public let bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) { self.bindings = bindings }

    public static let standard = KeyTable(bindings: standardBindings)

    static let standardBindings: [KeyBinding] = [
        b([.character("j"), .down], .down, "j ↓", "next row", [.tree, .picker, .reader, .clashes, .problems, .documents, .help], footer: "j/k move"),
        b([.character("k"), .up], .up, "k ↑", "previous row", [.tree, .picker, .reader, .clashes, .problems, .documents, .help]),
        b([.character("j"), .down], .down, "j ↓ k ↑", "scroll the two claims", [.versus], footer: "j/k scroll"),
        b([.character("k"), .up], .up, "", "", [.versus]),
        b([.character("h"), .left], .collapseOrParent, "h ←", "collapse, or go to the parent", [.tree], footer: "h/l fold"),
        b([.character("l"), .right], .expandOrChild, "l →", "expand, or go to the first child", [.tree]),
        b([.character(" ")], .toggle, "Space", "fold or unfold", [.tree, .clashes]),
        b([.character("h"), .left], .collapseOrParent, "h ←", "fold the pair, or go to it", [.clashes]),
        b([.character("l"), .right], .expandOrChild, "l →", "unfold the pair", [.clashes]),
        b([.enter], .activate, "Enter", "fold or unfold; on a claim, read its quote in the essay", [.tree]),
        b([.character("J")], .nextSibling, "J", "next sibling", [.tree]),
        b([.character("K")], .previousSibling, "K", "previous sibling", [.tree]),
        b([.character("J")], .nextSibling, "J", "next pair of essays", [.clashes]),
        b([.character("K")], .previousSibling, "K", "previous pair of essays", [.clashes]),
        b([.character("g"), .home], .first, "g Home", "first row", [.tree, .picker, .reader, .clashes, .problems, .documents, .help]),
        b([.character("G"), .end], .last, "G End", "last row", [.tree, .picker, .reader, .clashes, .problems, .documents, .help]),
        b([.character("g"), .home], .first, "g Home", "top of the two claims", [.versus]),
        b([.character("G"), .end], .last, "G End", "end of the two claims", [.versus]),
        b([.control("d")], .halfPageDown, "Ctrl-d", "half a page down", [.tree, .reader, .versus, .help]),
        b([.control("u")], .halfPageUp, "Ctrl-u", "half a page up", [.tree, .reader, .versus, .help]),
        b([.control("d")], .halfPageDown, "Ctrl-d", "scroll the pane below down (the wheel over it too)", [.picker, .clashes], footer: "^d/^u pane"),
        b([.control("u")], .halfPageUp, "Ctrl-u", "scroll the pane below up", [.picker, .clashes]),
        b([.pageDown, .control("f")], .pageDown, "PgDn", "a page down", [.tree, .reader, .help, .picker, .versus, .clashes, .problems]),
        b([.pageUp, .control("b")], .pageUp, "PgUp", "a page up", [.tree, .reader, .help, .picker, .versus, .clashes, .problems]),
        b([.character("e")], .expandNode, "e", "expand the node and everything under it", [.tree]),
        b([.character("E")], .expandAll, "E", "expand everything", [.tree]),
        b([.character("c")], .collapseNode, "c", "collapse the node and everything under it", [.tree]),
        b([.character("C")], .collapseAll, "C", "collapse everything", [.tree]),
        b([.character("o")], .jumpToOpponent, "o", "jump to a claim of another essay that opposes this one; again: the next", [.tree], footer: "o opposing"),
        b([.character("o")], .jumpToOpponent, "o", "the next opposing claim", [.versus], footer: "o next"),
        b([.character("o")], .jumpToOpponent, "o", "go to the left claim of the clash in the tree", [.clashes]),
        b([.character("O")], .pickOpponent, "O", "pick among all opposing claims", [.tree]),
        b([.character("v")], .versus, "v", "versus: the claim and an opponent side by side", [.tree]),
        b([.character("x")], .clashes, "x", "clashes: where the essays disagree, pair by pair", [.tree], footer: "x clashes"),
        b([.character("x")], .clashes, "x", "mark a cell; on a second essay of the question: their clashes", [.matrix], footer: "x clashes"),
        b([.character("R")], .ranking, "R", "most contested claims ⇄ pairs of essays", [.clashes], footer: "R contested"),
        b([.character("["), .backspace], .back, "[ Bksp", "back in the jump history", [.tree], footer: "[ back"),
        b([.character("["), .backspace], .back, "[ Bksp", "back to where it was opened from", [.versus, .clashes]),
        b([.character("]")], .forward, "]", "forward in the jump history", [.tree]),
        b([.character("t")], .pivot, "t", "pivot: by topic ⇄ by essay", [.tree]),
        b([.character("m")], .matrix, "m", "matrix: every essay's stance on every question", [.tree], footer: "m matrix"),
        b([.character("&")], .filter, "&", "filter to what matches and the way to it: words, essay:ID, stance:for, tag:T, opposed", [.tree]),
        b([.character("y")], .copy, "y", "copy the claim, its quote and its citation (author, title, outlet, date, address)", [.tree]),
        b([.character("Y")], .copyID, "Y", "copy the row's id, for debatemap show", [.tree]),
        b([.character("s")], .openSource, "s", "open the claim's source line in $VISUAL or $EDITOR", [.tree]),
        b([.character("!")], .problems, "!", "the problems found reading the files, each at its place", [.tree], footer: "! problems"),
        b([.character("r")], .reader, "r", "read the essay, this claim's quote lit", [.tree], footer: "r read"),
        b([.character("d")], .toggleDetail, "d", "show or hide the detail pane", [.tree]),
        b([.tab], .focusPane, "Tab", "keys to the detail pane, to scroll it (Tab or Esc: back); the wheel over it scrolls it", [.tree], footer: "Tab pane"),
        b([.character("/")], .search, "/", "search as you type", [.tree], footer: "/ search"),
        b([.character("n")], .nextMatch, "n", "next search match", [.tree], footer: "n/N match"),
        b([.character("N")], .previousMatch, "N", "previous search match", [.tree]),
        b([.character("/")], .search, "/", "search the essay's text (Enter keeps it, Esc cancels)", [.reader], footer: "/ search"),
        b([.character("n")], .nextMatch, "n", "next match of the search; without one, the next quoted passage", [.reader], footer: "n/N passage"),
        b([.character("N")], .previousMatch, "N", "previous match, or the previous quoted passage", [.reader]),
        b([.character("?"), .function(1)], .help, "? F1", "help: the keys of this view", [.tree, .reader, .matrix, .picker, .versus, .clashes, .problems, .documents], footer: "? help"),
        b([.character("q")], .quit, "q", "quit", [.tree], footer: "q quit"),
        b([.character("q"), .escape], .leave, "q Esc", "back to the tree", [.matrix, .picker, .problems, .documents, .help], footer: "q back"),
        b([.character("q")], .leave, "q", "back to the tree", [.reader], footer: "q back"),
        b([.escape], .clearSearch, "Esc", "clear the search; without one, back to the tree", [.reader]),
        b([.character("q"), .escape], .leave, "q Esc", "back to where it was opened from", [.versus, .clashes], footer: "q back"),
        b([.escape], .leave, "Esc", "clear the filter; else the search and the message", [.tree]),
        b([.character("k"), .up], .up, "k ↑ j ↓ h ← l →", "move between cells", [.matrix], footer: "arrows move"),
        b([.character("j"), .down], .down, "", "", [.matrix]),
        b([.character("h"), .left], .collapseOrParent, "", "", [.matrix]),
        b([.character("l"), .right], .expandOrChild, "", "", [.matrix]),
        b([.enter], .activate, "Enter", "go to this position in the tree", [.matrix], footer: "Enter go"),
        b([.enter], .activate, "Enter", "jump to this opposing claim", [.picker], footer: "Enter jump"),
        b([.enter], .activate, "Enter", "go to the claim or file it is about", [.problems], footer: "Enter go"),
        b([.enter], .activate, "Enter", "go to the document in the tree", [.documents], footer: "Enter go"),
        b([.enter], .activate, "Enter", "go to the claim of the lit passage", [.reader], footer: "Enter claim"),
        b([.enter], .activate, "Enter", "go to the opposing claim in the tree", [.versus], footer: "Enter go"),
        b([.enter], .activate, "Enter", "versus on the clash; on a pair, fold it; on a ranked claim, go to it", [.clashes], footer: "Enter versus"),
        b([.enter], .confirm, "Enter", "keep the match and close the prompt", [.search], footer: "Enter keep"),
        b([.enter], .confirm, "Enter", "filter the tree and close the prompt (an empty one clears the filter)", [.filter], footer: "Enter filter"),
        b([.escape], .leave, "Esc", "cancel: the tree as before", [.filter], footer: "Esc cancel"),
        b([.escape], .leave, "Esc", "cancel: back to the view before the search", [.search], footer: "Esc cancel"),
        b([.backspace], .deleteBackward, "Bksp", "delete a character", [.search, .filter]),
        b([.control("w")], .deleteWord, "Ctrl-w", "delete the word before the cursor", [.search, .filter]),
        b([.control("u")], .deleteQuery, "Ctrl-u", "delete the whole query", [.search, .filter]),
        b([.down], .nextMatch, "↓", "next match", [.search], footer: "↑/↓ match"),
        b([.up], .previousMatch, "↑", "previous match", [.search]),
        b([.character("?"), .function(1)], .leave, "? F1", "close the help", [.help]),
    ]

    static func b(_ keys: [Key], _ action: Action, _ label: String, _ description: String, _ modes: Set<Mode>, footer: String? = nil) -> KeyBinding {
        KeyBinding(keys: keys, action: action, label: label, description: description, modes: modes, footer: footer)
    }

    /// The action a key does in a mode, if any. In the search and filter prompts, other
    /// printable characters are typed.
    public func action(for key: Key, in mode: Mode) -> Action? {
        for binding in bindings where binding.modes.contains(mode) && binding.keys.contains(key) { return binding.action }
        switch key {
        case .resize(let w, let h): return .resize(width: w, height: h)
        case .mouse(let event):
            switch event.kind {
            case .click: return .click(x: event.x, y: event.y)
            case .wheelUp: return .scrollUp
            case .wheelDown: return .scrollDown
            }
        case .character(let c) where mode == .search || mode == .filter: return .type(c)
        default: return nil
        }
    }

    /// The bindings to list in the help of a mode (those with a label).
    public func help(for mode: Mode) -> [KeyBinding] {
        bindings.filter { $0.modes.contains(mode) && !$0.label.isEmpty }
    }

    /// The footer of a mode: "j/k move  h/l fold  o opposing  …", in table order.
    public func footer(for mode: Mode) -> [String] {
        footerBindings(for: mode).compactMap(\.footer)
    }

    /// The bindings that have a footer entry in a mode, in table order.
    public func footerBindings(for mode: Mode) -> [KeyBinding] {
        bindings.filter { $0.modes.contains(mode) && $0.footer != nil }
    }

    /// The prompts keep their keys: typing is what they are for.
    static let prompts: Set<Mode> = [.search, .filter]

    /// The table with other keys for some actions, in every view but the prompts: each
    /// action's bindings take exactly the keys given (their help label written from them),
    /// and those keys are taken from whatever else they did in the views that action is in.
    public func rebinding(_ keys: [Action: [Key]]) -> KeyTable {
        // The views each rebound key now works in.
        var taken: [Key: Set<Mode>] = [:]
        for binding in bindings where keys[binding.action] != nil {
            for key in keys[binding.action]! { taken[key, default: []].formUnion(binding.modes.subtracting(KeyTable.prompts)) }
        }
        var out: [KeyBinding] = []
        for var binding in bindings {
            let views = binding.modes.subtracting(KeyTable.prompts)
            if !views.isEmpty, let new = keys[binding.action] {
                binding.keys = new
                if !binding.label.isEmpty { binding.label = new.compactMap(\.typedName).joined(separator: " ") }
            } else if !views.isEmpty {
                let kept = binding.keys.filter { taken[$0].map { $0.isDisjoint(with: views) } ?? true }
                if kept.isEmpty { continue }
                if kept.count != binding.keys.count, !binding.label.isEmpty {
                    binding.label = kept.compactMap(\.typedName).joined(separator: " ")
                }
                binding.keys = kept
            }
            out.append(binding)
        }
        return KeyTable(bindings: out)
    }

    // The standard table, for the code and tests that read it without a browser.
    public static var bindings: [KeyBinding] { standard.bindings }
    public static func action(for key: Key, in mode: Mode) -> Action? { standard.action(for: key, in: mode) }
    public static func help(for mode: Mode) -> [KeyBinding] { standard.help(for: mode) }
    public static func footer(for mode: Mode) -> [String] { standard.footer(for: mode) }
    public static func footerBindings(for mode: Mode) -> [KeyBinding] { standard.footerBindings(for: mode) }
}
