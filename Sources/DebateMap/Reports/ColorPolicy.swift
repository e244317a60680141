/// Whether output is coloured — one policy for the command line's text and the browser.
/// `always` and `never` (`--color`) win; `auto` colours only output that goes to a
/// terminal, and never when `NO_COLOR` is set to anything but "" or `TERM` is unset, empty or
/// `dumb` (a terminal that cannot be told apart from one without colours).
///
///     ColorPolicy.auto.useColor(outputIsTerminal: isatty(1) == 1, environment: env)
public enum ColorPolicy: String, Sendable, CaseIterable {
    case auto, always, never

    public func useColor(outputIsTerminal: Bool, environment: [String: String]) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            guard let term = environment["TERM"], !term.isEmpty, term != "dumb" else { return false }
            return outputIsTerminal
        }
    }
}
