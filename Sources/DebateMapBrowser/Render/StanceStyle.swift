import DebateMap

/// The stance written out, padded, and its style in the theme in use: a colour (which only
/// adds to the word) or, in monochrome, a weight and a line.
enum StanceStyle {
    static func color(_ stance: Stance, theme: Theme = .standard) -> CellStyle.Color {
        switch (theme, stance) {
        case (_, .silent), (.monochrome, _): return .plain
        case (.standard, .for): return .green
        case (.standard, .against): return .red
        case (.standard, .mixed): return .yellow
        case (.colourBlind, .for): return .blue
        case (.colourBlind, .against): return .yellow
        case (.colourBlind, .mixed): return .magenta
        }
    }

    static func style(_ stance: Stance, options: BrowserOptions, selected: Bool = false) -> CellStyle {
        var style = CellStyle(color: options.color ? color(stance, theme: options.theme) : .plain, attributes: [.bold])
        if stance == .silent { style.attributes = [.dim] }
        if options.theme == .monochrome {
            switch stance {
            case .for: style.attributes = [.bold]
            case .against: style.attributes = [.bold, .underline]
            case .mixed: style.attributes = []
            case .silent: style.attributes = [.dim]
            }
        }
        if selected { style.attributes.insert(.reverse) }
        return style
    }
}
