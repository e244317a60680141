import Foundation

/// Folds text for matching: case- and diacritic-insensitive ("Müller" matches "muller").
public enum TextFold {
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}
