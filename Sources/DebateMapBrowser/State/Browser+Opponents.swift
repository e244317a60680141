import DebateMap

/// The jump between opposing claims (`o`), the picker of all of them (`O`) and versus (`v`).
/// Opposition is another voice's (`Voices`): `o` visits only those; the picker and versus
/// list a claim's own objections after them, marked as within the essay.
extension Browser {
    /// The picker's state while it is open.
    public var picker: PickerState? {
        if case .picker(let state) = view { return state }
        return nil
    }

    /// Versus's state while it is open.
    public var versus: VersusState? {
        if case .versus(let state) = view { return state }
        return nil
    }

    // MARK: o

    /// `o`: the first opponent of the selected claim; pressed again without moving, the next
    /// opponent of the same claim, cycling. The cycle is one history entry: `[` goes back to
    /// where it started, with its folds.
    mutating func jumpToOpponent() {
        guard let here = selectedClaim else {
            status = "o works on a claim: select one marked \(glyphs.crossed.trimmingCharacters(in: .whitespaces)) to go to the claims that oppose it"
            return
        }
        var next = OpponentCycle(origin: here, index: 0, target: here)
        if let cycle, cycle.target == here {
            next = cycle
            next.index += 1
        }
        let opponents = corpus.opponents(of: next.origin)
        guard !opponents.isEmpty else {
            cycle = nil
            status = corpus.ownObjections(of: here).isEmpty
                ? "no claim opposes this one"
                : "no \(otherVoices(of: here)) opposes this claim; O lists its own objections"
            return
        }
        next.index %= opponents.count
        let relation = opponents[opponents.startIndex + next.index]
        if cycle == nil { pushHistory() }
        reveal(.claim(relation.other))
        select(.claim(relation.other), center: true, rebuild: false)
        next.target = relation.other
        cycle = next
        status = "opponent \(next.index + 1)/\(opponents.count): " + landing(relation, from: next.origin)
    }

    /// The relation read from where a jump lands, naming the question when it is another:
    /// "attacked by Zubkovych", "contradicts Galeotti (from Asylum)".
    func landing(_ relation: ClaimRelation, from origin: Int) -> String {
        let seen = ClaimRelation(other: origin, kind: relation.kind, outgoing: !relation.outgoing)
        let from = corpus.claims[origin]
        let across = corpus.claims[relation.other].topic != from.topic ? " (from \(safe(corpus.topics[from.topic].title)))" : ""
        return "\(seen.phrase) \(safe(corpus.essays[from.essay].label))" + across
    }

    /// "other essay", "other speaker", "other claim": who would oppose a claim.
    func otherVoices(of claim: Int) -> String {
        String(corpus.essays[corpus.claims[claim].essay].voices.others.dropLast())
    }

    // MARK: Picker

    /// The selected claim when one is selected and some claim opposes it; else the footer
    /// says why not (`purpose`: what the reader wanted, "see the claims that oppose it").
    mutating func claimWithOpposition(_ purpose: String) -> Int? {
        guard let c = selectedClaim else {
            status = "select a claim to " + purpose
            return nil
        }
        guard !corpus.allOpposing(of: c).isEmpty else {
            status = "no claim opposes this one"
            return nil
        }
        return c
    }

    mutating func openPicker() {
        guard let c = claimWithOpposition("see the claims that oppose it") else { return }
        view = .picker(PickerState(origin: c))
    }

    /// The picker's list and its lower pane (the chosen claim in full) at the current size.
    func pickerRects(count: Int) -> (list: Rect, pane: Rect) {
        listRects(count: count)
    }

    mutating func applyInPicker(_ action: Action, _ state: PickerState) {
        var state = state
        let opposing = corpus.allOpposing(of: state.origin)
        let rects = pickerRects(count: opposing.count)
        var list = ListPane(index: state.index, paneTop: state.paneTop)
        let outcome = list.apply(action, count: opposing.count, rects: rects,
                                 paneLines: { pickerPane(state, width: rects.pane.width - 1).count }, overPane: pointerOver(rects.pane))
        switch (outcome, action) {
        case (.moved, _):
            (state.index, state.paneTop) = (list.index, list.paneTop)
            view = .picker(state)
        case (.activate, _):
            guard !opposing.isEmpty else { return }
            let relation = opposing[opposing.startIndex + list.index]
            view = .tree
            jump(to: .claim(relation.other))
            // From an opponent of another voice, `o` goes on to the next of them.
            cycle = relation.otherVoice ? OpponentCycle(origin: state.origin, index: list.index, target: relation.other) : nil
            status = (relation.otherVoice ? "" : "\(corpus.essays[corpus.claims[state.origin].essay].voices.within): ") + landing(relation, from: state.origin)
        case (.other, .help): openHelp()
        case (.other, .leave): view = .tree
        case (.other, _): break
        }
    }

    /// The first picker row on screen, keeping the chosen one in the middle when it can.
    func pickerTop(_ state: PickerState, height: Int, count: Int) -> Int {
        ListPane(index: state.index, paneTop: state.paneTop).top(height: height, count: count)
    }

    /// Whether the mouse is over a rectangle: the wheel scrolls the pane it is over (with no
    /// mouse event yet, the pane the keys scroll).
    func pointerOver(_ rect: Rect) -> Bool {
        guard let p = lastPointer else { return true }
        return rect.contains(x: p.x, y: p.y)
    }

    // MARK: Versus

    mutating func openVersus() {
        guard let c = claimWithOpposition("set it against an opposing one") else { return }
        view = .versus(VersusState(origin: c))
    }

    /// Opens versus on two claims that oppose each other, coming back to `back`.
    mutating func openVersus(_ origin: Int, against other: Int, back: View) {
        let opposing = corpus.allOpposing(of: origin)
        guard let i = opposing.firstIndex(where: { $0.other == other }) else { return }
        view = .versus(VersusState(origin: origin, index: i - opposing.startIndex, back: back))
    }

    mutating func applyInVersus(_ action: Action, _ state: VersusState) {
        var state = state
        let opposing = corpus.allOpposing(of: state.origin)
        let body = Layout(width: size.width, height: size.height, showDetail: false).tree
        switch action {
        case .jumpToOpponent:
            state.index = (state.index + 1) % max(1, opposing.count)
            state.top = 0
        case .activate:
            let target = opposing[opposing.startIndex + state.index % opposing.count].other
            view = .tree
            jump(to: .claim(target))
            return
        case .help: return openHelp()
        case .leave, .back:
            view = state.back ?? .tree
            return
        default:
            let total = versusLineCount(state, body: body)
            guard let top = ScrollWindow.scrolled(state.top, by: action, total: total, height: body.height) else { return }
            state.top = top
        }
        view = .versus(state)
    }
}
