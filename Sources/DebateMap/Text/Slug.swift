/// Turns a statement title into a claim id: lowercase, every run of characters other than
/// letters and digits becomes one `-`, none at either end; accents are dropped so ids are
/// easy to type. `[Galeotti: ease travel]` →
/// `galeotti-ease-travel`.
public enum Slug {
    public static func make(_ title: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(title.utf8.count)
        var pendingDash = false
        func emit(_ bytes: some Sequence<UInt8>) {
            if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
            pendingDash = false
            out.append(contentsOf: bytes)
        }
        // Folding lowercases and drops accents; what is left is kept if it is a letter or digit.
        let folded = TextFold.fold(title)
        for scalar in folded.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let b = UInt8(v)
                if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) { emit(CollectionOfOne(b)) } else { pendingDash = true }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                emit(String(scalar).utf8)
            } else {
                pendingDash = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
