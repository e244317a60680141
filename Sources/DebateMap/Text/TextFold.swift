import Foundation

/// Folds text for matching: case- and diacritic-insensitive ("Müller" matches "muller"),
/// composed or decomposed alike.
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

    /// Folds many texts into one buffer, as `foldedBytes` would each: ASCII byte by byte, and
    /// other characters through the shared table, remembered here too so the lock is taken
    /// once per distinct character instead of once per text.
    public struct Folder {
        private var known: [UInt32: [UInt8]] = [:]
        /// Folds of the scalars below U+0800 (Latin, Greek, Cyrillic…), looked up by index
        /// instead of hashed: up to three bytes, the count in bits 24–30, bit 31 set once known.
        private var small = [UInt32](repeating: 0, count: 0x800)

        public init() {}

        public mutating func append(_ text: String, to out: inout [UInt8]) {
            var text = text
            text.withUTF8 { append(utf8: $0, to: &out) }
        }

        /// A slice of a text (a quote, which shares its essay's storage), folded in place.
        public mutating func append(_ text: Substring, to out: inout [UInt8]) {
            var text = text
            text.withUTF8 { append(utf8: $0, to: &out) }
        }

        /// Folds `bytes` onto the end of `out`. Written through a pointer into room made for
        /// a stretch of the text at twice its length (an ASCII byte folds to one byte, a scalar
        /// below U+0800 of two bytes to at most three, one above of three or four bytes nearly
        /// always to as many): appending byte by byte checked the array's room every time. A
        /// fold longer than its room ends the stretch and is appended on its own.
        private mutating func append(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
            let n = bytes.count
            var k = 0
            while k < n {
                let start = out.count
                out.append(contentsOf: repeatElement(0, count: 2 * (n - k)))
                var w = start
                var long: [UInt8] = []
                out.withUnsafeMutableBufferPointer { o in
                    while k < n {
                        let b = bytes[k]
                        if b < 0x80 {
                            o[w] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                            w += 1
                            k += 1
                            continue
                        }
                        // A well-formed scalar (Swift strings are valid UTF-8).
                        let (v, length) = UTF8Scalar.decode(bytes, at: k)
                        k += length
                        guard let written = fold(v, into: o, at: w, room: 2 * length) else {
                            long = TextFold.table.fold(scalar: v)
                            return
                        }
                        w += written
                    }
                }
                out.removeLast(out.count - w)
                out.append(contentsOf: long)
            }
        }

        /// Writes the fold of scalar `v` (above ASCII) at `o[w...]` when it takes at most
        /// `room` bytes, and says how many; nil when it takes more (`TextFold.table` gives it
        /// then). Folds below U+0800 are remembered packed, the rest by scalar.
        mutating func fold(_ v: UInt32, into o: UnsafeMutableBufferPointer<UInt8>, at w: Int, room: Int) -> Int? {
            if v < 0x800 {
                var packed = small[Int(v)]
                if packed == 0 {
                    let folded = TextFold.table.fold(scalar: v)
                    guard folded.count <= 3 else { return nil }
                    packed = 0x8000_0000 | UInt32(folded.count) << 24
                    for (m, byte) in folded.enumerated() { packed |= UInt32(byte) << (8 * UInt32(m)) }
                    small[Int(v)] = packed
                }
                let count = Int((packed >> 24) & 0x7F)
                guard count <= room else { return nil }
                for m in 0..<count { o[w + m] = UInt8(truncatingIfNeeded: packed >> (8 * UInt32(m))) }
                return count
            }
            let folded: [UInt8]
            if let known = known[v] {
                folded = known
            } else {
                folded = TextFold.table.fold(scalar: v)
                known[v] = folded
            }
            guard folded.count <= room else { return nil }
            for (m, byte) in folded.enumerated() { o[w + m] = byte }
            return folded.count
        }
    }
}

/// The remembered folds of non-ASCII characters, shared by every thread.
final class FoldTable: @unchecked Sendable {
    private var folds: [UInt32: [UInt8]] = [:]
    private let lock = NSLock()

    /// The fold of one non-ASCII scalar.
    func fold(scalar v: UInt32) -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        if let folded = folds[v] { return folded }
        let folded = FoldTable.foldOnce(Unicode.Scalar(v)!)
        folds[v] = folded
        return folded
    }

    /// Folds one scalar as Foundation folds it in a text. A combining mark is folded after
    /// a base letter, as it stands in decomposed text: "re" U+0301 "sume" U+0301 folds to
    /// "resume" as "résumé" does, where the mark alone would have been kept.
    static func foldOnce(_ scalar: Unicode.Scalar) -> [UInt8] {
        let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive, .widthInsensitive]
        if scalar.properties.canonicalCombiningClass != .notReordered {
            let folded = ("a" + String(scalar)).folding(options: options, locale: nil)
            if folded.hasPrefix("a") { return Array(folded.utf8.dropFirst()) }
        }
        return Array(String(Character(scalar)).folding(options: options, locale: nil).utf8)
    }

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
                let folded = FoldTable.foldOnce(scalar)
                folds[v] = folded
                out.append(contentsOf: folded)
            }
        }
        return out
    }
}
