import DebateMapBrowser

/// What one read of the terminal gives before it is a key: a character (its Unicode code),
/// or a key code that ncurses decoded itself from its terminal description (`KEY_…`).
enum RawInput: Equatable, Sendable {
    case character(UInt32)
    case code(Int32)
}

/// What the decoder made of the input: a key, a key code for ncurses' own table, input that
/// is swallowed (an unknown escape sequence, a mouse release), or nothing at all.
enum DecodedInput: Equatable, Sendable {
    case key(Key)
    case code(Int32)
    case ignored
    case nothing
}

/// Turns the characters a terminal sends into whole keys. ncurses decodes the sequences its
/// terminal description names; a terminal (or tmux, or an SSH hop) may send others — End
/// as `ESC [ 4 ~` under `TERM=xterm-256color`, whose description says `ESC O F` — and ncurses
/// hands those over as ESC followed by characters. This decoder reads every CSI (`ESC [`)
/// and SS3 (`ESC O`) form of the xterm, rxvt, linux, screen and tmux families as one key,
/// with or without modifiers, Alt-letter as ESC and the letter, and swallows whole any
/// sequence it does not know, so that no part of it is taken for Esc or a typed letter.
///
/// Reading is pulled: `next(from:)` asks its source for input, waiting a little for the rest
/// of a sequence that arrives in pieces (as over a slow link), and keeps what it read too far
/// for the next call.
struct KeyDecoder {
    /// How long to wait after ESC for a `[` or `O` that would make it a sequence.
    static let escapeWait: Int32 = 25
    /// How long to wait for each further character once a sequence has begun.
    static let sequenceWait: Int32 = 100
    /// A sequence longer than this is not a key: it is swallowed.
    static let longestSequence = 32

    /// Input read but not yet decoded, oldest first.
    private(set) var pending: [RawInput] = []

    /// The next key. `source(wait)` reads the terminal, waiting at most `wait` milliseconds
    /// (0: not at all), and gives nil when nothing came; `wait` is the wait for the first
    /// input.
    mutating func next(waiting wait: Int32, from source: (Int32) -> RawInput?) -> DecodedInput {
        guard let first = take(waiting: wait, from: source) else { return .nothing }
        switch first {
        case .code(let code): return .code(code)
        case .character(0x1B): return escape(from: source)
        case .character(let value): return KeyDecoder.character(value).map(DecodedInput.key) ?? .ignored
        }
    }

    private mutating func take(waiting wait: Int32, from source: (Int32) -> RawInput?) -> RawInput? {
        if !pending.isEmpty { return pending.removeFirst() }
        return source(wait)
    }

    /// What follows ESC: a CSI or SS3 sequence, Alt with a character, or nothing (Esc).
    ///
    /// A terminal sends a sequence or Alt-x in one write, so what belongs to the ESC is
    /// there as soon as the ESC is. Only `[` and `O` are waited for (a sequence cut in two by
    /// a slow link); anything else that comes later was typed after Esc, and is its own key.
    private mutating func escape(from source: (Int32) -> RawInput?) -> DecodedInput {
        let immediate = take(waiting: 0, from: source)
        guard let second = immediate ?? take(waiting: KeyDecoder.escapeWait, from: source) else { return .key(.escape) }
        let together = immediate != nil
        switch second {
        case .character(0x5B): return controlSequence(from: source)      // [
        case .character(0x4F): return singleShift(from: source)          // O
        case .character(0x1B) where together:
            // ESC ESC [ … is Alt with a key (rxvt); ESC ESC alone is Esc twice.
            if let third = take(waiting: 0, from: source) {
                if third == .character(0x5B) { return controlSequence(from: source) }
                if third == .character(0x4F) { return singleShift(from: source) }
                pending.insert(third, at: 0)
            }
            pending.insert(second, at: 0)
            return .key(.escape)
        case .character(let value) where together && value >= 0x20 && value != 0x7F:
            guard let scalar = Unicode.Scalar(value), !(0x80...0x9F).contains(value) else { return .ignored }
            return .key(.alt(Character(scalar)))
        default:
            // Esc, then a key typed after it, a control character or a key ncurses decoded.
            pending.insert(second, at: 0)
            return .key(.escape)
        }
    }

    /// Reads characters for a sequence until `isFinal` says one ends it; nil when the
    /// sequence broke off (nothing more came, something not a character came, or it ran
    /// too long). What broke it off is kept for the next key.
    private mutating func readSequence(from source: (Int32) -> RawInput?, until isFinal: (UInt32, [UInt32]) -> Bool) -> (body: [UInt32], final: UInt32)? {
        var body: [UInt32] = []
        while body.count < KeyDecoder.longestSequence {
            guard let next = take(waiting: KeyDecoder.sequenceWait, from: source) else { return nil }
            guard case .character(let value) = next, value >= 0x20, value < 0x7F else {
                pending.insert(next, at: 0)
                return nil
            }
            if isFinal(value, body) { return (body, value) }
            body.append(value)
        }
        return nil
    }

    /// `ESC [` parameters, intermediates and a final character (ECMA-48), with the forms
    /// terminals actually send: rxvt's `$`, `^` and `@` after a number, linux's `ESC [ [ A`
    /// for F1, and the X10 and SGR mouse reports.
    private mutating func controlSequence(from source: (Int32) -> RawInput?) -> DecodedInput {
        let parsed = readSequence(from: source) { value, body in
            if body == [0x5B] { return true }                                 // [[A: one letter
            if value == 0x24 { return !body.isEmpty && body.allSatisfy(isDigit) }  // rxvt Shift: 5$
            return (0x40...0x7E).contains(value) && !(body.isEmpty && value == 0x5B)
        }
        guard let (body, final) = parsed else { return .ignored }
        let parameters = KeyDecoder.numbers(body)
        if body == [0x5B] {
            // linux console: ESC [ [ A … E are F1 … F5.
            return (0x41...0x45).contains(final) ? .key(.function(Int(final) - 0x40)) : .ignored
        }
        if body.first == 0x3C { return KeyDecoder.sgrMouse(parameters, pressed: final == 0x4D) } // <
        if body.isEmpty && final == 0x4D { return x10Mouse(from: source) }                    // M
        if body.contains(where: { !isDigit($0) && $0 != 0x3B }) { return .ignored }            // ? > = …
        switch Character(Unicode.Scalar(UInt8(final))) {
        case "A", "a": return .key(.up)
        case "B", "b": return .key(.down)
        case "C", "c": return .key(.right)
        case "D", "d": return .key(.left)
        case "H": return .key(.home)
        case "F": return .key(.end)
        case "P", "Q", "R", "S":
            // xterm's modified F1–F4: ESC [ 1 ; 2 P. Without a number it is no key.
            return parameters.isEmpty ? .ignored : .key(.function(Int(final) - 0x4F))
        case "~", "^", "$", "@":
            return parameters.first.flatMap(KeyDecoder.tildeKey).map(DecodedInput.key) ?? .ignored
        default:
            return .ignored  // focus reports, Shift-Tab, keypad 5, answers to queries, …
        }
    }

    /// `ESC O` and one character (optionally after a modifier number): arrows, Home and End
    /// in application mode, F1–F4, and the keypad's keys.
    private mutating func singleShift(from source: (Int32) -> RawInput?) -> DecodedInput {
        let parsed = readSequence(from: source) { value, _ in !isDigit(value) && value != 0x3B }
        guard let (_, final) = parsed else { return .ignored }
        switch Character(Unicode.Scalar(UInt8(final))) {
        case "A", "a": return .key(.up)
        case "B", "b": return .key(.down)
        case "C", "c": return .key(.right)
        case "D", "d": return .key(.left)
        case "H": return .key(.home)
        case "F": return .key(.end)
        case "P", "Q", "R", "S": return .key(.function(Int(final) - 0x4F))
        case "M": return .key(.enter)
        case "p"..."y": return .key(.character(Character(Unicode.Scalar(final - 0x70 + 0x30)!)))  // keypad 0–9
        case "j": return .key(.character("*"))
        case "k": return .key(.character("+"))
        case "l": return .key(.character(","))
        case "m": return .key(.character("-"))
        case "n": return .key(.character("."))
        case "o": return .key(.character("/"))
        case "X": return .key(.character("="))
        default: return .ignored
        }
    }

    /// `ESC [ M` and three characters: button, column and row, each plus 32.
    private mutating func x10Mouse(from source: (Int32) -> RawInput?) -> DecodedInput {
        var values: [Int] = []
        while values.count < 3 {
            guard case .character(let value)? = take(waiting: KeyDecoder.sequenceWait, from: source) else { return .ignored }
            values.append(Int(value) - 32)
        }
        return KeyDecoder.mouse(button: values[0], x: values[1] - 1, y: values[2] - 1, pressed: values[0] & 3 != 3)
    }

    /// `ESC [ < button ; column ; row M` (pressed) or `m` (released), columns from 1.
    static func sgrMouse(_ parameters: [Int], pressed: Bool) -> DecodedInput {
        guard parameters.count == 3 else { return .ignored }
        return mouse(button: parameters[0], x: parameters[1] - 1, y: parameters[2] - 1, pressed: pressed)
    }

    /// A mouse report as a key: a press of the first button is a click, 64 and 65 turn the
    /// wheel; releases, motion and other buttons are swallowed.
    static func mouse(button: Int, x: Int, y: Int, pressed: Bool) -> DecodedInput {
        guard pressed, x >= 0, y >= 0 else { return .ignored }
        let kind: MouseEvent.Kind
        switch button & ~(4 | 8 | 16) {  // Shift, Alt and Ctrl do not change what it is
        case 0: kind = .click
        case 64: kind = .wheelUp
        case 65: kind = .wheelDown
        default: return .ignored
        }
        return .key(.mouse(MouseEvent(kind: kind, x: x, y: y)))
    }

    /// The key of `ESC [ n ~` (and rxvt's `^`, `$`, `@` endings), by its number.
    static func tildeKey(_ number: Int) -> Key? {
        switch number {
        case 1, 7: return .home
        case 4, 8: return .end
        case 5: return .pageUp
        case 6: return .pageDown
        case 2: return .insert
        case 3: return .delete
        case 11...15: return .function(number - 10)
        case 17...21: return .function(number - 11)
        case 23...26: return .function(number - 12)
        case 28, 29: return .function(number - 13)
        case 31...34: return .function(number - 14)
        default: return nil
        }
    }

    /// The numbers of a parameter string (`1;5` → [1, 5]); an empty field is 0.
    static func numbers(_ body: [UInt32]) -> [Int] {
        guard !body.isEmpty else { return [] }
        return body.split(separator: 0x3B, omittingEmptySubsequences: false).map { field in
            field.reduce(0) { value, digit in isDigit(digit) ? min(value * 10 + Int(digit - 0x30), 1 << 20) : value }
        }
    }

    /// A character as `get_wch` returns it: Enter, Esc, Backspace and Tab by their codes,
    /// other C0 codes as Ctrl-letters.
    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 0x0D, 0x0A: return .enter
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x09: return .tab
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(value + 0x60)!))
        case 0x00...0x1F, 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }
}

private func isDigit(_ value: UInt32) -> Bool { (0x30...0x39).contains(value) }
