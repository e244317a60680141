/// How stances are set apart, beyond their words: the standard colours (green for, red
/// against, yellow mixed), colours that readers with the common colour-vision deficiencies
/// tell apart (blue for, yellow against, magenta mixed), or no colour at all, the stances
/// set apart by weight and line (for bold, against bold and underlined, mixed plain,
/// silent dim) as well as by their words.
public enum Theme: String, Sendable, Hashable, CaseIterable {
    case standard
    case colourBlind = "colour-blind"
    case monochrome
}
