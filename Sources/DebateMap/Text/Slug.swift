/// Turns a statement title into a claim id: lowercase, every run of characters other than
/// letters and digits becomes one `-`, none at either end; accents are dropped so ids are
/// easy to type. `[Galeotti: ease travel]` →
/// `galeotti-ease-travel`.
public enum Slug {
    public static func make(_ title: String) -> String {
        slug(folded: TextFold.foldedBytes(title), keeps: isLetterOrDigit)
    }

    /// Makes ids one after another, remembering what it learns of characters: their folds
    /// (`TextFold.Folder`) and, below U+0800, whether they are letters or digits. Keep one
    /// when making many ids; `make` remembers nothing (it folds through the shared table).
    struct Maker {
        private var folder = TextFold.Folder()
        private var folded: [UInt8] = []
        /// For scalars below U+0800: 0 not yet seen, 1 kept, 2 a separator.
        private var kind = [UInt8](repeating: 0, count: 0x800)

        mutating func make(_ title: String) -> String {
            folded.removeAll(keepingCapacity: true)
            folder.append(title, to: &folded)
            var kind: [UInt8] = []
            swap(&kind, &self.kind)
            defer { swap(&kind, &self.kind) }
            return Slug.slug(folded: folded) { Maker.keeps($0, &kind) }
        }

        /// Whether scalar `v` is kept in an id, remembered below U+0800 in `kind`.
        private static func keeps(_ v: UInt32, _ kind: inout [UInt8]) -> Bool {
            guard v < 0x800 else { return Slug.isLetterOrDigit(v) }
            if kind[Int(v)] == 0 { kind[Int(v)] = Slug.isLetterOrDigit(v) ? 1 : 2 }
            return kind[Int(v)] == 1
        }
    }

    /// The id of a folded title: ASCII letters and digits kept, other scalars kept when
    /// `keeps` says so (letters and digits), every run of the rest one `-`, none at either end.
    /// Written straight into the string's storage (never longer than the folded title).
    private static func slug(folded: [UInt8], keeps: (UInt32) -> Bool) -> String {
        folded.withUnsafeBufferPointer { f in
            String(unsafeUninitializedCapacity: f.count) { out in
                var id = Writer(out: out)
                id.take(folded: f, keeps: keeps)
                return id.count
            }
        }
    }

    /// An id being written from folded text: ASCII letters and digits and the scalars
    /// `keeps` keeps copied, every run of anything else one `-`, none at either end (it is
    /// never longer than the text it is made from).
    struct Writer {
        let out: UnsafeMutableBufferPointer<UInt8>
        private(set) var count = 0
        private var pendingDash = false

        init(out: UnsafeMutableBufferPointer<UInt8>) { self.out = out }

        /// An ASCII byte of folded text (lowercase already).
        @inline(__always)
        mutating func ascii(_ c: UInt8) {
            if (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) {
                dashIfPending()
                out[count] = c
                count += 1
            } else {
                pendingDash = true
            }
        }

        /// Folded text, well-formed UTF-8, scalar by scalar.
        mutating func take(folded f: UnsafeBufferPointer<UInt8>, keeps: (UInt32) -> Bool) {
            var k = 0
            while k < f.count {
                if f[k] < 0x80 {
                    ascii(f[k])
                    k += 1
                    continue
                }
                let (v, length) = UTF8Scalar.decode(f, at: k)
                if keeps(v) {
                    dashIfPending()
                    for m in 0..<length { out[count + m] = f[k + m] }
                    count += length
                } else {
                    pendingDash = true
                }
                k += length
            }
        }

        private mutating func dashIfPending() {
            if pendingDash && count > 0 {
                out[count] = UInt8(ascii: "-")
                count += 1
            }
            pendingDash = false
        }
    }

    static func isLetterOrDigit(_ v: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(v) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
