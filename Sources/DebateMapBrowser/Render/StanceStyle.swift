import DebateMap

/// The stance written out, padded, and its colour (which only adds to the word).
enum StanceStyle {
    static func color(_ stance: Stance) -> CellStyle.Color {
        switch stance {
        case .for: return .green
        case .against: return .red
        case .mixed: return .yellow
        case .silent: return .plain
        }
    }

    static func style(_ stance: Stance, options: BrowserOptions, selected: Bool = false) -> CellStyle {
        var style = CellStyle(color: options.color ? color(stance) : .plain, attributes: [.bold])
        if stance == .silent { style.attributes = [.dim] }
        if selected { style.attributes.insert(.reverse) }
        return style
    }
}
