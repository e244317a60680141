import Foundation

/// Folds text for matching: case- and diacritic-insensitive ("Müller" matches "muller").
///
/// ASCII is lowercased byte by byte; every other character is folded by Foundation once,
/// the first time it is seen, and remembered. Folding character by character gives the
/// same result as folding the whole string for the texts we handle (a combining accent
/// folds to nothing either way), at a fraction of the cost on large corpora.
public enum TextFold {
    public static func fold(_ text: String) -> String {
        String(decoding: foldedBytes(text), as: UTF8.self)
    }

    /// The folded text's UTF-8 bytes, for byte-level matching.
    public static func foldedBytes(_ text: String) -> [UInt8] {
        var ascii = true
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if byte >= 0x80 { ascii = false; break }
            out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return ascii ? out : table.fold(text)
    }

    static let table = FoldTable()
}

/// The remembered folds of non-ASCII characters, shared by every thread.
final class FoldTable: @unchecked Sendable {
    private var folds: [UInt32: [UInt8]] = [:]
    private let lock = NSLock()

    func fold(_ text: String) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        lock.lock()
        defer { lock.unlock() }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let b = UInt8(v)
                out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            } else if let folded = folds[v] {
                out.append(contentsOf: folded)
            } else {
                let folded = Array(String(Character(scalar)).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).utf8)
                folds[v] = folded
                out.append(contentsOf: folded)
            }
        }
        return out
    }
}
