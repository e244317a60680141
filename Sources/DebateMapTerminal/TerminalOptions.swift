/// How `TerminalUI.run` drives the terminal.
///
/// ```swift
/// TerminalOptions(color: ColorPolicy.auto.useColor(outputIsTerminal: true, environment: environment))
/// ```
public struct TerminalOptions: Sendable, Hashable {
    /// Draw the Screen's colours (when the terminal has them). Without, styles still show
    /// as bold, dim, reverse and underline.
    public var color: Bool
    /// Report mouse clicks and wheel turns as keys.
    public var mouse: Bool

    public init(color: Bool = true, mouse: Bool = true) {
        self.color = color
        self.mouse = mouse
    }
}
