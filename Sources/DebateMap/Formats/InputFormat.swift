/// The formats a corpus file may be written in. Given on the command line as `--from`, or
/// found from the file's extension and content by `detect`.
public enum InputFormat: String, Sendable, CaseIterable {
    /// Argdown: essay maps (`docs/format.md`) and general Argdown files, `.argdown` / `.ad`.
    case argdown
    /// A Kialo discussion export, `.txt`.
    case kialo
    /// AIF JSON: an AIFdb nodeset or an OVA/xAIF file, `.json`.
    case aif

    /// The extensions of the format's files, lowercase, without the dot.
    public var extensions: [String] {
        switch self {
        case .argdown: return ["argdown", "ad"]
        case .kialo: return ["txt"]
        case .aif: return ["json"]
        }
    }

    /// The format of a file, from its extension and, where that is ambiguous, its content:
    /// a `.txt` is read as Kialo only if it starts like a Kialo export, a `.json` as AIF only
    /// if it holds AIF. Nil for a file in none of the formats (an essay text, say).
    public static func detect(path: String, bytes: [UInt8]) -> InputFormat? {
        switch PathName.extensionOf(path) {
        case "argdown", "ad": return .argdown
        case "txt": return KialoReader.looksLikeKialo(bytes) ? .kialo : nil
        case "json": return AIFReader.looksLikeAIF(bytes) ? .aif : nil
        default:
            if KialoReader.looksLikeKialo(bytes) { return .kialo }
            if AIFReader.looksLikeAIF(bytes) { return .aif }
            return nil
        }
    }
}

extension PathName {
    /// "maps/a.Argdown" → "argdown"; "" when there is none.
    static func extensionOf(_ path: String) -> String {
        let name = fileName(path)
        // The dot found among the bytes, not the characters (every file of a corpus is asked).
        let utf8 = name.utf8
        guard let dot = utf8.lastIndex(of: UInt8(ascii: ".")), dot != utf8.startIndex else { return "" }
        return String(name[utf8.index(after: dot)...]).lowercased()
    }
}
